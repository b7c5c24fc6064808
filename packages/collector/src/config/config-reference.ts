/**
 * The README's configuration reference, generated from the settings table (settings.ts): the README holds it
 * between two marker comments, `npm run docs:config` rewrites it, and a test fails when it is out of date.
 *
 * @example
 *   const readme = withConfigurationTable(readFileSync('README.md', 'utf8'));
 */
import { settings } from './settings.ts';

export const tableStart = '<!-- configuration table: generated from packages/collector/src/config/settings.ts -->';
export const tableEnd = '<!-- end of configuration table -->';

export function configurationTable(): string {
  const rows = Object.entries(settings).map(
    ([name, setting]) => `| \`${name}\` | ${setting.default} | ${setting.meaning.replaceAll('|', '\\|')} |`,
  );
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** `readme` with the text between the markers replaced by the current table. */
export function withConfigurationTable(readme: string): string {
  const start = readme.indexOf(tableStart);
  const end = readme.indexOf(tableEnd);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${tableStart} … ${tableEnd}`);
  return `${readme.slice(0, start + tableStart.length)}\n${configurationTable()}\n${readme.slice(end)}`;
}
