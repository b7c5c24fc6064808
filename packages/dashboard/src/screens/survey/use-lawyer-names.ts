/** The site's lawyers as id → name, for tables and pickers (empty until loaded or if it fails). */
import { useSignal } from '@preact/signals';
import type { AdminLawyer } from '@retainer/schema/admin';
import { useEffect } from 'preact/hooks';
import { useDashboard } from '../../app-context.ts';

export function useLawyers(site: string) {
  const { api } = useDashboard();
  const lawyers = useSignal<AdminLawyer[]>([]);
  useEffect(() => {
    api.listLawyers(site).then(
      (list) => (lawyers.value = list),
      () => {},
    );
  }, [site]);
  return lawyers;
}
