/**
 * My notifications (`/dashboard/settings/notifications`, issue 15): which events email me, for which sites and
 * practice areas, and in which language. Every member chooses for themselves; a missing rule reads its default
 * (everything on except the weekly digest).
 */
import { useSignal } from '@preact/signals';
import { type Language, languages, type Problem, pickText } from '@retainer/schema';
import {
  type AdminSite,
  defaultNotificationRule,
  type NotificationEvent,
  type NotificationPreferences,
  type NotificationRule,
  notificationEvents,
} from '@retainer/schema/admin';
import { useEffect, useId } from 'preact/hooks';
import { toApiProblem } from '../../api/api-problem.ts';
import { useDashboard, useMessages } from '../../app-context.ts';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useSiteList } from '../../ui/site-list.tsx';
import { Loading } from '../../ui/states.tsx';

/** One rule per event, in the order the screen lists them. */
function withDefaults(preferences: NotificationPreferences): NotificationPreferences {
  const rules = notificationEvents.map(
    (event) => preferences.rules.find((rule) => rule.event === event) ?? defaultNotificationRule(event),
  );
  return { ...preferences, rules };
}

type Area = { id: string; label: string };

/** The practice areas of every site, each once (a site's own label in my language wins over a bare id). */
function practiceAreas(sites: readonly AdminSite[], lang: Language): Area[] {
  const areas = new Map<string, string>();
  for (const site of sites) for (const area of site.practiceAreas) areas.set(area.id, pickText(area.label, lang));
  return [...areas].map(([id, label]) => ({ id, label }));
}

export function NotificationsScreen() {
  const t = useMessages();
  const m = t.reach.notifications;
  const { api, announcer, i18n } = useDashboard();
  const { sites, problem: sitesProblem, load: loadSites } = useSiteList();
  const draft = useSignal<NotificationPreferences | null>(null);
  const problem = useSignal<Problem | null>(null);
  const invalid = useSignal<ReadonlySet<NotificationEvent>>(new Set());
  const saving = useSignal(false);
  const languageId = useId();

  const load = async () => {
    problem.value = null;
    try {
      draft.value = withDefaults(await api.outbox.notifications());
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    }
  };
  useEffect(() => {
    void load();
  }, []);

  const preferences = draft.value;
  const siteList = sites.value;
  if (!preferences || !siteList) {
    return (
      <>
        <PageHeader title={m.title} description={m.description} />
        {!problem.value && !sitesProblem.value && <Loading />}
        <ProblemAlert problem={problem.value} onRetry={load} />
        <ProblemAlert problem={sitesProblem.value} onRetry={loadSites} />
      </>
    );
  }
  const areas = practiceAreas(siteList, i18n.lang.value);
  const setRule = (event: NotificationEvent, patch: Partial<NotificationRule>) => {
    draft.value = {
      ...preferences,
      rules: preferences.rules.map((rule) => (rule.event === event ? { ...rule, ...patch } : rule)),
    };
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    // "Only these" with nothing ticked would silently mean "never": ask instead.
    const empty = preferences.rules.filter(
      (rule) => rule.email && (rule.sites?.length === 0 || rule.practiceAreas?.length === 0),
    );
    invalid.value = new Set(empty.map((rule) => rule.event));
    if (empty.length > 0) {
      document.getElementById(`notify-${empty[0]?.event}`)?.focus();
      return;
    }
    saving.value = true;
    problem.value = null;
    try {
      draft.value = withDefaults(await api.outbox.saveNotifications(preferences));
      announcer.announce(m.saved);
    } catch (error) {
      problem.value = (await toApiProblem(error)).problem;
    } finally {
      saving.value = false;
    }
  };

  return (
    <>
      <PageHeader title={m.title} description={m.description} />
      <form class="panel notifications-form" onSubmit={onSubmit} noValidate>
        <div class="field">
          <label for={languageId}>{m.language}</label>
          <select
            id={languageId}
            value={preferences.language ?? ''}
            onChange={(event) =>
              (draft.value = { ...preferences, language: (event.currentTarget.value || null) as Language | null })
            }
          >
            <option value="">{m.languageSite}</option>
            {languages.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {t.languages[lang]}
              </option>
            ))}
          </select>
        </div>
        {preferences.rules.map((rule) => (
          <RuleFieldset
            key={rule.event}
            rule={rule}
            sites={siteList}
            areas={areas}
            invalid={invalid.value.has(rule.event)}
            onChange={(patch) => setRule(rule.event, patch)}
          />
        ))}
        <ProblemAlert problem={problem.value} />
        <div class="form-actions">
          <button type="submit" class="button button-primary" disabled={saving.value}>
            {saving.value ? t.common.saving : m.save}
          </button>
        </div>
      </form>
    </>
  );
}

type RuleProps = {
  rule: NotificationRule;
  sites: readonly AdminSite[];
  areas: readonly Area[];
  invalid: boolean;
  onChange: (patch: Partial<NotificationRule>) => void;
};

function RuleFieldset({ rule, sites, areas, invalid, onChange }: RuleProps) {
  const t = useMessages();
  const m = t.reach.notifications;
  const errorId = useId();
  // The digest is one email per site; practice areas do not narrow it.
  const byArea = rule.event !== 'digest.weekly' && areas.length > 0;
  return (
    <fieldset class="fieldset notification-rule" aria-describedby={invalid ? errorId : undefined}>
      <legend>{m.events[rule.event]}</legend>
      <label class="checkbox">
        <input
          id={`notify-${rule.event}`}
          type="checkbox"
          checked={rule.email}
          onChange={(event) => onChange({ email: event.currentTarget.checked })}
        />{' '}
        {m.emailMe}
      </label>
      {rule.email && sites.length > 1 && (
        <Choice
          legend={m.sites}
          all={m.allSites}
          options={sites.map((site) => ({ id: site.id, label: site.name }))}
          chosen={rule.sites}
          onChange={(chosen) => onChange({ sites: chosen })}
        />
      )}
      {rule.email && byArea && (
        <Choice
          legend={m.practiceAreas}
          all={m.allPracticeAreas}
          options={areas}
          chosen={rule.practiceAreas}
          onChange={(chosen) => onChange({ practiceAreas: chosen })}
        />
      )}
      {invalid && (
        <p id={errorId} class="field-error" role="alert">
          {m.noneChosen}
        </p>
      )}
    </fieldset>
  );
}

type ChoiceProps = {
  legend: string;
  all: string;
  options: readonly Area[];
  /** null: all of them. */
  chosen: string[] | null;
  onChange: (chosen: string[] | null) => void;
};

/** "All" or only some: ticking "All" clears the list; unticking it starts from every option, to narrow down. */
function Choice({ legend, all, options, chosen, onChange }: ChoiceProps) {
  const toggle = (id: string, on: boolean) => {
    const current = chosen ?? [];
    onChange(on ? [...current, id] : current.filter((value) => value !== id));
  };
  return (
    <fieldset class="fieldset-plain notification-scope">
      <legend>{legend}</legend>
      <div class="checkbox-row">
        <label class="checkbox">
          <input
            type="checkbox"
            checked={chosen === null}
            onChange={(event) => onChange(event.currentTarget.checked ? null : options.map((option) => option.id))}
          />{' '}
          {all}
        </label>
        {chosen !== null &&
          options.map((option) => (
            <label key={option.id} class="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(option.id)}
                onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              />{' '}
              {option.label}
            </label>
          ))}
      </div>
    </fieldset>
  );
}
