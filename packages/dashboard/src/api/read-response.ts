/**
 * How every typed admin API call reads its answer: the JSON checked against the shared schema
 * (a drifted collector shows as "unexpected response", not as undefined fields), and every
 * failure turned into an `ApiProblem` the screens know how to show.
 *
 * @example
 *   const site = await read(adminSite, () => http.get('sites/harbor-vale'));
 */
import type { ResponsePromise } from 'ky';
import { ApiProblem, clientProblemTypes, toApiProblem } from './api-problem.ts';

export type Schema<T> = { safeParse: (input: unknown) => { success: true; data: T } | { success: false } };

export async function read<T>(schema: Schema<T>, request: () => ResponsePromise): Promise<T> {
  let body: unknown;
  try {
    body = await request().json();
  } catch (error) {
    throw await toApiProblem(error);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiProblem({ type: clientProblemTypes.unexpectedResponse, title: 'Unexpected response', status: 0 });
  }
  return parsed.data;
}

/** A call whose answer carries nothing to read (204, or a body the screen does not need). */
export async function send(request: () => ResponsePromise): Promise<void> {
  try {
    await request();
  } catch (error) {
    throw await toApiProblem(error);
  }
}
