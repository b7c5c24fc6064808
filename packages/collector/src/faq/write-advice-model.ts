/**
 * Writes packages/collector/src/faq/advice-model.data.ts: the weights of advice-model.ts's logistic regression,
 * trained on the advice labels (`expect: "advice"` against everything else) of the TUNE question sets in
 * test/faq-eval and of the developer's question lists (dev-questions.cases.ts, search-quality.cases.ts). The
 * DEV sets (demo-heldout-6/-7, demo-final-3/-4, third-firm-heldout-2) are never read: they measure the model.
 * Run after adding training questions:
 *   npx tsx packages/collector/src/faq/write-advice-model.ts && npx biome format --write packages/collector/src/faq/advice-model.data.ts
 * `--cv` instead prints leave-one-set-out figures (recall, false handoffs beside the rules) per threshold.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { asksForAdvice } from './advice.ts';
import { adviceFeatures } from './advice-model.ts';
import { demoPhrasings, otherFirmQuestions } from './dev-questions.cases.ts';
import { adviceQuestions, answerable, unanswerable } from './search-quality.cases.ts';

/** The sets the model may learn from; the others in test/faq-eval are kept to measure it. */
export const trainingSets = [
  'demo-heldout.json',
  'demo-heldout-2.json',
  'demo-heldout-3.json',
  'demo-heldout-4.json',
  'demo-heldout-5.json',
  'demo-final.json',
  'demo-final-2.json',
  'second-firm-heldout.json',
  'third-firm-heldout.json',
];
type Example = { q: string; advice: boolean; group: string };

const evalDir = new URL('../../../../test/faq-eval/', import.meta.url);
const examples: Example[] = [];
for (const name of trainingSets) {
  const set = JSON.parse(readFileSync(new URL(name, evalDir), 'utf8')) as {
    questions: { q: string; expect: string }[];
  };
  for (const { q, expect } of set.questions) examples.push({ q, advice: expect === 'advice', group: name });
}
for (const { q, expect } of [...demoPhrasings, ...otherFirmQuestions])
  examples.push({ q, advice: expect === 'advice', group: 'dev-questions' });
for (const [q] of answerable) examples.push({ q, advice: false, group: 'search-quality' });
for (const q of unanswerable) examples.push({ q, advice: false, group: 'search-quality' });
for (const q of adviceQuestions) examples.push({ q, advice: true, group: 'search-quality' });

type Model = { bias: number; weights: Map<string, number> };
const l2 = 1e-3;
const epochs = 400;
const rate = 0.5;

/** Full-batch gradient descent with Adagrad steps; advice questions weigh as much in all as the others. */
function train(data: Example[]): Model {
  const index = new Map<string, number>();
  const rows = data.map((e) => ({
    f: Int32Array.from(new Set(adviceFeatures(e.q)), (x) => {
      const known = index.get(x);
      if (known !== undefined) return known;
      index.set(x, index.size);
      return index.size - 1;
    }),
    y: e.advice ? 1 : 0,
  }));
  const positives = rows.filter((r) => r.y === 1).length;
  const weightOf = (y: number) =>
    y === 1 ? rows.length / (2 * positives) : rows.length / (2 * (rows.length - positives));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size);
  const grad = new Float64Array(index.size);
  let bias = 0;
  let biasG2 = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    grad.fill(0);
    let biasGrad = 0;
    for (const { f, y } of rows) {
      let z = bias;
      for (const x of f) z += w[x] as number;
      const err = (1 / (1 + Math.exp(-z)) - y) * weightOf(y);
      biasGrad += err;
      for (const x of f) grad[x] = (grad[x] as number) + err;
    }
    for (let x = 0; x < w.length; x++) {
      const g = (grad[x] as number) / rows.length + l2 * (w[x] as number);
      g2[x] = (g2[x] as number) + g * g;
      w[x] = (w[x] as number) - (rate * g) / Math.sqrt((g2[x] as number) + 1e-8);
    }
    biasGrad /= rows.length;
    biasG2 += biasGrad * biasGrad;
    bias -= (rate * biasGrad) / Math.sqrt(biasG2 + 1e-8);
  }
  return { bias, weights: new Map([...index].map(([x, i]) => [x, w[i] as number])) };
}

const probability = (model: Model, q: string) => {
  let z = model.bias;
  for (const x of new Set(adviceFeatures(q))) z += model.weights.get(x) ?? 0;
  return 1 / (1 + Math.exp(-z));
};

if (process.argv.includes('--cv')) {
  const groups = [...new Set(examples.map((e) => e.group))];
  const scored: { e: Example; p: number; rule: boolean }[] = [];
  for (const group of groups) {
    const model = train(examples.filter((e) => e.group !== group));
    for (const e of examples.filter((x) => x.group === group))
      scored.push({ e, p: probability(model, e.q), rule: asksForAdvice(e.q) });
  }
  const advice = scored.filter((s) => s.e.advice);
  const other = scored.filter((s) => !s.e.advice);
  console.log(
    `${advice.length} advice, ${other.length} other; rules alone: recall ${advice.filter((s) => s.rule).length}, false ${other.filter((s) => s.rule).length}`,
  );
  for (const t of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) {
    const caught = advice.filter((s) => s.rule || s.p >= t).length;
    const modelOnly = advice.filter((s) => s.p >= t).length;
    const falseAdded = other.filter((s) => !s.rule && s.p >= t);
    console.log(
      `t=${t}: model ${modelOnly}/${advice.length}, rules|model ${caught}/${advice.length}, false handoffs added ${falseAdded.length}/${other.length}`,
    );
    if (process.argv.includes('--verbose')) for (const s of falseAdded) console.log(`   + ${s.p.toFixed(2)} ${s.e.q}`);
  }
} else {
  const model = train(examples);
  // Weights in thousandths; those too small to move a decision are left out: the file stays small.
  const kept = [...model.weights]
    .filter(([, v]) => Math.abs(v) >= 0.01)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const body = kept.map(([k, v]) => `    ${JSON.stringify(k)}: ${Math.round(v * 1000)},`).join('\n');
  writeFileSync(
    new URL('./advice-model.data.ts', import.meta.url),
    `/** Generated by write-advice-model.ts: advice-model.ts's weights in thousandths (${examples.length} labelled questions). */\nexport const adviceModel: { bias: number; weights: Record<string, number> } = {\n  bias: ${Math.round(model.bias * 1000)},\n  weights: {\n${body}\n  },\n};\n`,
  );
  console.log(`${examples.length} questions, ${kept.length} weights kept of ${model.weights.size}`);
}
