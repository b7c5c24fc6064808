/**
 * A response with an error status, as the transport throws it, so that
 * `describeFailure` can read its status, problem body and Retry-After.
 *
 * @example
 *   if (!response.ok) throw new HttpError(response);
 */
export class HttpError extends Error {
  readonly response: Response;

  constructor(response: Response) {
    super(`${response.status} ${response.statusText}`.trim());
    this.name = 'HttpError';
    this.response = response;
  }
}
