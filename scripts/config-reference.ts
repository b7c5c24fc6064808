/** `npm run docs:config`: rewrites README.md's configuration table from the collector's settings table. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withConfigurationTable } from '@retainer/collector';

const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, withConfigurationTable(readFileSync(readme, 'utf8')));
console.log('README.md: configuration table updated');
