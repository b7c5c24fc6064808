/**
 * A second, learned opinion on own-case advice (issue 20, round 5): a logistic regression over character and
 * word n-grams of the question, trained on labelled visitor questions (write-advice-model.ts), so phrasings the
 * hand-written cues of advice.ts never saw ("бывшая жена запрещает видеться с сыном, что предпринять") still go
 * to a person. Whether a question asks for advice is about the visitor, not the firm's FAQ, so one model serves
 * every firm. It only adds handoffs: advice.ts's rules stay, and the model speaks only when it is confident.
 *
 * @example
 *   adviceProbability('my landlord kept my deposit, what are my options') // ≈ 0.9
 */
import { adviceModel } from './advice-model.data.ts';

/** The model hands a question to a person from this probability (chosen on held-out folds, see the generator). */
export const adviceModelThreshold = 0.85;

const han = /\p{Script=Han}/u;

/** The question's features: word unigrams and bigrams, letter 3-grams of each word, Chinese character 1–3-grams. */
export function adviceFeatures(question: string): string[] {
  const text = question.normalize('NFKC').toLocaleLowerCase().replace(/ё/g, 'е').replace(/[’']/g, '');
  const features: string[] = [];
  // Clauses: a bigram never spans a comma or a question mark.
  for (const clause of text.split(/[,.;:!?，。；：！？、()"“”]+/u)) {
    const tokens = clause.match(/\p{Script=Han}+|[\p{L}\p{N}]+/gu) ?? [];
    let previous = '<s>';
    for (const token of tokens) {
      if (han.test(token)) {
        const chars = [...token];
        for (let i = 0; i < chars.length; i++) {
          features.push(`c1:${chars[i]}`);
          if (i + 1 < chars.length) features.push(`c2:${chars[i]}${chars[i + 1]}`);
          if (i + 2 < chars.length) features.push(`c3:${chars[i]}${chars[i + 1]}${chars[i + 2]}`);
        }
        features.push(`c2:^${chars[0]}`, `c2:${chars[chars.length - 1]}$`);
        previous = '<s>';
        continue;
      }
      const word = /^\d+$/.test(token) ? '0' : token;
      features.push(`w:${word}`, `b:${previous}_${word}`);
      const padded = `<${word}>`;
      if (word.length > 2) for (let i = 0; i + 3 <= padded.length; i++) features.push(`g:${padded.slice(i, i + 3)}`);
      previous = word;
    }
    if (previous !== '<s>') features.push(`b:${previous}_</s>`);
  }
  return features;
}

/** The model's probability that the question asks for advice on the visitor's own case. */
export function adviceProbability(question: string): number {
  // Weights are in thousandths (the generator writes integers).
  const weights = adviceModel.weights;
  let z = adviceModel.bias;
  for (const f of new Set(adviceFeatures(question))) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z / 1000));
}
