/**
 * The condition rules (issue 17) as a chunk of their own: fetched at mount on sites with their own questions, else on
 * the visitor's first input (the contact method's phone rule), so a form without questions loads no byte more.
 *
 * @example
 *   const { requiredFields } = await import('./conditions.ts');
 */
export { isVisible, requiredFields, shownAnswers } from '@retainer/schema';
export { QuestionField } from './questions.tsx';
