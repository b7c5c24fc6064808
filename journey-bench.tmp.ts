import { benchJourney } from './test/bench/journey-bench.ts';
const r = await benchJourney({ events: Number(process.argv[2] ?? 100000), kind: (process.argv[3] ?? 'sqlite') as 'sqlite' });
console.log(JSON.stringify(r, null, 1));
