/** The two integration screens (issue 16), Webhooks and API keys, as tabs under the page heading. */
import { useMessages } from '../../app-context.ts';
import { Link } from '../../router/link.tsx';
import { paths } from '../../router/routes.ts';

export function IntegrationsTabs({ current, site }: { current: 'webhooks' | 'apiKeys'; site?: string | undefined }) {
  const t = useMessages().integrations;
  const tabs = [
    { name: 'webhooks', href: paths.webhooks(site) },
    { name: 'apiKeys', href: paths.apiKeys },
  ] as const;
  return (
    <nav class="survey-tabs" aria-label={t.tabsLabel}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.name}>
            <Link href={tab.href} aria-current={tab.name === current ? 'page' : undefined}>
              {t.tabs[tab.name]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
