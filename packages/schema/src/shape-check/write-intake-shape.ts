/**
 * Writes `intake-shape.ts`, the intake submission schema as data for the browser (issue 18). Run it after changing
 * the schema: `npx tsx packages/schema/src/shape-check/write-intake-shape.ts && npx biome check --write packages/schema`.
 */
import { writeFileSync } from 'node:fs';
import { describeIntakeShape } from './intake-shape-source.ts';

const file = new URL('./intake-shape.ts', import.meta.url);
writeFileSync(
  file,
  `/**
 * GENERATED from \`intakeSubmission\` by write-intake-shape.ts — do not edit; the schema test says when it is stale.
 * The intake widget checks a submission with it (\`checkShape\`) instead of shipping zod (issue 18).
 */
import type { Shape } from './shape.ts';

export const intakeShape: Shape = ${JSON.stringify(describeIntakeShape(), null, 2)};
`,
);
console.log(`wrote ${file.pathname}`);
