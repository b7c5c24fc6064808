/**
 * `npm run doctor`: checks the environment like a start would and prints what the collector would use
 * (storage, keys present, public URL, proxy trust, mail, metrics) — never a secret. Exit 1 on a bad setting.
 */
import { ConfigError, describeConfiguration } from '@retainer/collector';

try {
  for (const line of describeConfiguration(process.env, { defaultDataDir: 'data' })) console.log(line);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : String(error));
  process.exit(1);
}
