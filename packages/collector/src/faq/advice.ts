/**
 * Questions that ask for advice on the visitor's own case ("should I sign?", "will I win?"). The bot
 * answers only from the firm's FAQ and gives no legal advice, so these get the plain handoff to a person
 * even when an entry would match some of their words.
 *
 * @example
 *   asksForAdvice('What should I do about my landlord?') // true
 */
const patterns = [
  // English
  /\bshould i\b/,
  /\bmy case\b/,
  /\bwill i (win|lose|get)\b/,
  /\b(can|could) i win\b/,
  /\bwhat (should|do) i do\b/,
  /\bdo i have a (good |strong )?case\b/,
  /\b(my|our) chances\b/,
  /\badvise me\b/,
  /\bin my (situation|case|position)\b/,
  /\bam i (likely|going) to\b/,
  // Russian
  /что (мне )?(делать|предпринять)/,
  /стоит ли мне/,
  /(мо[её]|моем|моём|моего) дел[оаеу]/,
  /я выиграю|выиграю ли/,
  /мои шансы|какие у меня шансы/,
  /посоветуйте|что вы посоветуете/,
  /в моей ситуации|в моём случае|в моем случае/,
  /мне (следует|нужно ли)/,
  // Chinese
  /我(应该|应不应该|该不该|该)/,
  /我的(案子|案件|情况)/,
  /(我)?能(赢|胜诉)吗/,
  /会(赢|胜诉)吗/,
  /我怎么办|怎么办才好/,
];

export function asksForAdvice(question: string): boolean {
  const text = question.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ');
  return patterns.some((pattern) => pattern.test(text));
}
