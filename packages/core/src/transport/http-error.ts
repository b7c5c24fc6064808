/**
 * A response with an error status. Both clients throw it — plain `fetch` for
 * the config and events, ky for form posts — so `describeFailure` needs
 * neither ky nor its error classes on the page-load path.
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
