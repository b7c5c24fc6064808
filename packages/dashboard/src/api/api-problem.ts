/**
 * Every failed admin request becomes an `ApiProblem` carrying RFC 9457 problem details,
 * so screens show one kind of error whatever went wrong (HTTP error, network, bad answer).
 *
 * @example
 *   try { await api.getIntake(id) } catch (error) { problem.value = (await toApiProblem(error)).problem }
 */
import { type Problem, problem as problemSchema } from '@retainer/schema';
import { HTTPError, TimeoutError } from 'ky';

/** Problem types the dashboard makes up itself, for failures that never reached the collector. */
export const clientProblemTypes = {
  network: 'urn:retainer:dashboard:network',
  timeout: 'urn:retainer:dashboard:timeout',
  unexpectedResponse: 'urn:retainer:dashboard:unexpected-response',
} as const;

export class ApiProblem extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.title);
    this.name = 'ApiProblem';
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
}

export async function toApiProblem(error: unknown): Promise<ApiProblem> {
  if (error instanceof ApiProblem) return error;
  if (error instanceof HTTPError) {
    const { response } = error;
    // The id of the answer's log line, shown on the error so support can find it (issue 19).
    const header = response.headers.get('x-request-id');
    const requestId = header ? { requestId: header } : {};
    try {
      const parsed = problemSchema.safeParse(await response.clone().json());
      if (parsed.success) return new ApiProblem({ ...requestId, ...parsed.data });
    } catch {
      // Not JSON (a proxy's HTML error page, say): fall through to the status line.
    }
    return new ApiProblem({
      type: 'about:blank',
      title: response.statusText || 'Error',
      status: response.status,
      ...requestId,
    });
  }
  if (error instanceof TimeoutError) {
    return new ApiProblem({ type: clientProblemTypes.timeout, title: 'Timeout', status: 0 });
  }
  return new ApiProblem({ type: clientProblemTypes.network, title: 'Network error', status: 0 });
}
