/**
 * The journey bench's queries against a fill it kept (`--journey-keep DIR`, test/bench/journey-bench.ts): each
 * timed (p50/p95), with SQLite's EXPLAIN QUERY PLAN of every statement it ran, so a query shape can be tried on a
 * 10 M database in seconds instead of an hour's fill. Opens the file as the collector does and migrates it first,
 * so a new migration (an index, a summed table) is applied to the kept fill before the queries.
 *
 * @example
 *   npx tsx test/bench/journey-plans.ts /tmp/keep/journey-10000000-tables.db            # every case, plans
 *   npx tsx test/bench/journey-plans.ts /tmp/keep/journey-10000000-tables.db 'area + device' --runs 30 --no-plans
 *   npx tsx test/bench/journey-plans.ts FILE --refresh    # after a migration that marks days changed: sum them first
 */
import { type Database, migrateToLatest, openSqliteFile, refreshAllCohorts } from '@retainer/collector';
import { Kysely, SqliteDialect } from 'kysely';
import { journeyCases } from './journey-bench.ts';

const [file, match] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--runs');
if (!file) throw new Error('usage: journey-plans.ts FILE [name substring] [--runs N] [--no-plans]');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 15;
const plans = !process.argv.includes('--no-plans');

const database = openSqliteFile(file);
let recorded: { sql: string; parameters: readonly unknown[] }[] = [];
const db = new Kysely<Database>({
  dialect: new SqliteDialect({ database }),
  log: (event) => {
    if (event.level === 'query') recorded.push({ sql: event.query.sql, parameters: event.query.parameters });
  },
});
await migrateToLatest(db as Kysely<unknown>, undefined);
if (process.argv.includes('--refresh')) {
  // A migration that marks summed days changed (0032): sum them again, as the collector's timer would.
  const started = performance.now();
  const days = await refreshAllCohorts(db);
  console.log(`refreshed ${days} changed days in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

for (const [name, query] of journeyCases(db)) {
  if (match && !name.includes(match)) continue;
  recorded = [];
  await query(); // warm-up, and the statements it runs
  const statements = recorded;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const used = process.cpuUsage();
    await query();
    const { user, system } = process.cpuUsage(used);
    cpu.push((user + system) / 1000);
    times.push(performance.now() - start);
  }
  const at = (list: number[], q: number) =>
    list.sort((a, b) => a - b)[Math.min(list.length - 1, Math.ceil(q * list.length) - 1)] ?? Number.NaN;
  // CPU time too: on a shared, loaded machine the wall time mostly measures the wait for a core.
  console.log(
    `\n## ${name}: p50 ${at(times, 0.5).toFixed(1)} ms, p95 ${at(times, 0.95).toFixed(1)} ms; ` +
      `CPU p50 ${at(cpu, 0.5).toFixed(1)} ms, p95 ${at(cpu, 0.95).toFixed(1)} ms (${runs} runs)`,
  );
  if (!plans) continue;
  for (const statement of statements) {
    const started = performance.now();
    database.prepare(statement.sql).all(...(statement.parameters as unknown[]));
    const ms = performance.now() - started;
    const oneLine = statement.sql.replace(/\s+/g, ' ');
    console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${oneLine.length > 220 ? `${oneLine.slice(0, 220)}…` : oneLine}`);
    const plan = database.prepare(`explain query plan ${statement.sql}`).all(...(statement.parameters as unknown[]));
    for (const row of plan as { detail: string }[]) console.log(`             ${row.detail}`);
  }
}
await db.destroy();
