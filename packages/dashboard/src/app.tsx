/**
 * The dashboard: picks the screen for the current path and the frame around it, and holds the
 * public screens apart from the ones that need a session.
 *
 * @example
 *   render(<App dashboard={createDashboard()} />, document.getElementById('app')!);
 */
import { useEffect } from 'preact/hooks';
import { DashboardContext, useDashboard, useMessages } from './app-context.ts';
import type { Dashboard } from './create-dashboard.ts';
import { AppLayout } from './layout/app-layout.tsx';
import { AuthLayout } from './layout/auth-layout.tsx';
import { matchRoute, publicRoutes, type Route } from './router/routes.ts';
import { AccessLogScreen } from './screens/access-log/access-log-screen.tsx';
import { AcceptInvitationScreen } from './screens/auth/accept-invitation-screen.tsx';
import { ForgotPasswordScreen, ResetPasswordScreen } from './screens/auth/password-reset-screens.tsx';
import { SetupScreen } from './screens/auth/setup-screen.tsx';
import { SignInScreen } from './screens/auth/sign-in-screen.tsx';
import { FaqScreen } from './screens/faq/faq-screen.tsx';
import { InboxScreen } from './screens/inbox/inbox-screen.tsx';
import { IntakeScreen } from './screens/intake/intake-screen.tsx';
import { ApiKeysScreen } from './screens/integrations/api-keys-screen.tsx';
import { WebhookScreen } from './screens/integrations/webhook-screen.tsx';
import { WebhooksScreen } from './screens/integrations/webhooks-screen.tsx';
import { JourneyScreen } from './screens/journey/journey-screen.tsx';
import { LawyersScreen } from './screens/lawyers/lawyers-screen.tsx';
import { MatterScreen } from './screens/matters/matter-screen.tsx';
import { MattersScreen } from './screens/matters/matters-screen.tsx';
import { NewMatterScreen } from './screens/matters/new-matter-screen.tsx';
import { NotFoundScreen } from './screens/not-found-screen.tsx';
import { EmailSettingsScreen } from './screens/outbox/email-settings-screen.tsx';
import { NotificationsScreen } from './screens/outbox/notifications-screen.tsx';
import { OutboxMessageScreen } from './screens/outbox/outbox-message-screen.tsx';
import { OutboxScreen } from './screens/outbox/outbox-screen.tsx';
import { PeopleScreen } from './screens/people/people-screen.tsx';
import { SecondFactorScreen } from './screens/security/second-factor-screen.tsx';
import { SecurityScreen } from './screens/security/security-screen.tsx';
import { TwoFactorSetupScreen } from './screens/security/two-factor-setup-screen.tsx';
import { SiteEditorScreen } from './screens/sites/site-editor-screen.tsx';
import { SitesScreen } from './screens/sites/sites-screen.tsx';
import { SnippetsScreen } from './screens/snippets/snippets-screen.tsx';
import { SurveyScreen } from './screens/survey/survey-screen.tsx';
import { TeamScreen } from './screens/team/team-screen.tsx';
import { ProblemAlert } from './ui/problem-alert.tsx';
import { Loading } from './ui/states.tsx';

export function App({ dashboard }: { dashboard: Dashboard }) {
  useEffect(() => {
    dashboard.session.load();
  }, [dashboard]);
  return (
    <DashboardContext.Provider value={dashboard}>
      <Screens />
    </DashboardContext.Provider>
  );
}

function Screens() {
  const { router, session } = useDashboard();
  const route = matchRoute(router.location.value.path);
  const current = session.session.value;

  if (publicRoutes.has(route.name)) return <AuthLayout>{publicScreen(route)}</AuthLayout>;
  if (current === undefined || current === null) return <StartingUp />;
  // Issue 17: a session that still lacks its second factor (or its set-up) shows that step, whatever the
  // address; once complete, the screen asked for opens.
  if (current.pending === 'second-factor') {
    return (
      <AuthLayout>
        <SecondFactorScreen />
      </AuthLayout>
    );
  }
  if (current.pending === 'two-factor-setup') {
    return (
      <AuthLayout wide>
        <TwoFactorSetupScreen />
      </AuthLayout>
    );
  }
  return <AppLayout route={route}>{privateScreen(route)}</AppLayout>;
}

function StartingUp() {
  const t = useMessages();
  const { session } = useDashboard();
  const problem = session.loadProblem.value;
  return (
    <AuthLayout>
      <h1 tabIndex={-1} class="page-title">
        {t.auth.productName}
      </h1>
      {problem ? <ProblemAlert problem={problem} onRetry={() => session.load()} /> : <Loading />}
    </AuthLayout>
  );
}

function publicScreen(route: Route) {
  if (route.name === 'setup') return <SetupScreen />;
  if (route.name === 'acceptInvitation') return <AcceptInvitationScreen />;
  if (route.name === 'forgotPassword') return <ForgotPasswordScreen />;
  if (route.name === 'resetPassword') return <ResetPasswordScreen />;
  return <SignInScreen />;
}

function privateScreen(route: Route) {
  switch (route.name) {
    case 'journey':
      return <JourneyScreen />;
    case 'inbox':
      return <InboxScreen />;
    case 'intake':
      return <IntakeScreen key={route.id} id={route.id} />;
    case 'sites':
      return <SitesScreen />;
    case 'newSite':
      return <SiteEditorScreen key="new" />;
    case 'site':
      return <SiteEditorScreen key={route.id} id={route.id} />;
    case 'snippets':
      return <SnippetsScreen />;
    case 'lawyers':
      return <LawyersScreen />;
    case 'faq':
      return <FaqScreen />;
    case 'team':
      return <TeamScreen />;
    case 'people':
      return <PeopleScreen />;
    case 'matters':
      return <MattersScreen />;
    case 'newMatter':
      return <NewMatterScreen />;
    case 'matter':
      return <MatterScreen key={route.id} id={route.id} />;
    case 'survey':
      return <SurveyScreen tab={route.tab} />;
    case 'outbox':
      return <OutboxScreen />;
    case 'outboxMessage':
      return <OutboxMessageScreen key={route.id} id={route.id} />;
    case 'emailSettings':
      return <EmailSettingsScreen />;
    case 'notifications':
      return <NotificationsScreen />;
    case 'security':
      return <SecurityScreen />;
    case 'accessLog':
      return <AccessLogScreen />;
    case 'webhooks':
      return <WebhooksScreen />;
    case 'webhook':
      return <WebhookScreen key={route.id} id={route.id} />;
    case 'apiKeys':
      return <ApiKeysScreen />;
    default:
      return <NotFoundScreen />;
  }
}
