/**
 * Shows what went wrong with a request: a sentence people can act on for the problem types we
 * know, else the collector's own title and detail, plus any field errors and the request's id for
 * support (matched to the collector's log line, issue 19). Announced at once.
 */
import { type Problem, problemTypes } from '@retainer/schema';
import { clientProblemTypes } from '../api/api-problem.ts';
import { useMessages } from '../app-context.ts';
import type { Messages } from '../i18n/i18n.ts';

export function problemMessage(problem: Problem, t: Messages): string {
  const known: Record<string, string> = {
    [clientProblemTypes.network]: t.problems.network,
    [clientProblemTypes.timeout]: t.problems.timeout,
    [clientProblemTypes.unexpectedResponse]: t.problems.unexpectedResponse,
    [problemTypes.rateLimited]: t.problems.rateLimited,
    [problemTypes.notFound]: t.problems.notFound,
    [problemTypes.validation]: t.problems.validation,
    [problemTypes.forbidden]: t.problems.forbidden,
    [problemTypes.csrf]: t.problems.csrf,
    [problemTypes.invalidTransition]: t.problems.invalidTransition,
    [problemTypes.conflict]: t.problems.conflict,
    [problemTypes.invalidToken]: t.problems.invalidToken,
    [problemTypes.lastAdmin]: t.firmWork.lastAdmin,
    [problemTypes.matterExists]: t.firmWork.matterExists,
    [problemTypes.intakeNotRetained]: t.problems.invalidTransition,
  };
  if (known[problem.type]) return known[problem.type] as string;
  if (problem.status === 403) return t.problems.forbidden;
  if (problem.status >= 500) return t.problems.server;
  return problem.title;
}

export function fieldErrorMessage(code: string, t: Messages): string {
  return (t.fieldErrors as Record<string, string>)[code] ?? t.fieldErrors.invalid;
}

type ProblemAlertProps = {
  problem: Problem | null;
  /** Turns an error path (`businessHours.start`) into the label of the field it belongs to. */
  labelFor?: (path: string) => string | undefined;
  onRetry?: () => void;
};

export function ProblemAlert({ problem, labelFor, onRetry }: ProblemAlertProps) {
  const t = useMessages();
  if (!problem) return null;
  const message = problemMessage(problem, t);
  const showDetail = problem.detail && problem.detail !== message;
  return (
    <div class="alert alert-error" role="alert">
      <p class="alert-title">{message}</p>
      {showDetail && <p>{problem.detail}</p>}
      {problem.errors && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((issue) => (
            <li key={`${issue.path}:${issue.code}`}>
              {labelFor?.(issue.path) ?? issue.path}: {fieldErrorMessage(issue.code, t)}
            </li>
          ))}
        </ul>
      )}
      {problem.requestId && (
        <p class="problem-reference">
          {t.problems.reference} <code>{problem.requestId}</code>
        </p>
      )}
      {onRetry && (
        <button type="button" class="button button-secondary" onClick={onRetry}>
          {t.common.tryAgain}
        </button>
      )}
    </div>
  );
}
