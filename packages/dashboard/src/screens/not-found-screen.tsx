/** What a mistyped dashboard address shows. */
import { useMessages } from '../app-context.ts';
import { Link } from '../router/link.tsx';
import { paths } from '../router/routes.ts';
import { PageHeader } from '../ui/page-header.tsx';

export function NotFoundScreen() {
  const t = useMessages();
  return (
    <section class="panel">
      <PageHeader title={t.notFound.title} description={t.notFound.body} />
      <Link href={paths.inbox} class="button button-primary">
        {t.notFound.home}
      </Link>
    </section>
  );
}
