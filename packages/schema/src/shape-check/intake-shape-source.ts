/**
 * What the intake's browser check is generated from (issue 18): the intake submission schema and the refinements it
 * names. `npx tsx packages/schema/src/shape-check/write-intake-shape.ts` writes `intake-shape.ts` from it; the schema
 * package's test fails when the two differ.
 *
 * @example
 *   describeShape(intakeSubmission, intakeRefinements)
 */
import { intakeSubmission } from '../intake.ts';
import { maxQuestions, withinMaxQuestions } from '../intake-answers.ts';
import { describeShape, type KnownRefinements } from './describe-shape.ts';

export const intakeRefinements: KnownRefinements = new Map([[withinMaxQuestions, { c: 'keys', n: maxQuestions }]]);

export const describeIntakeShape = () => describeShape(intakeSubmission, intakeRefinements);
