/**
 * Requests Node cannot parse never reach the app: Node answers them itself with a bare `400` and no
 * body. This answers them as problem+json like every other error (issue 14: a body longer than its
 * Content-Length leaves bytes that read as a broken next request), then closes the connection.
 *
 * @example
 *   server.on('clientError', answerClientError);
 */
import type { Duplex } from 'node:stream';
import { type Problem, problemTypes } from '@retainer/schema';

const answers: Record<string, { status: number; reason: string; type: string; title: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    type: problemTypes.malformedRequest,
    title: 'The HTTP request could not be read',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    reason: 'Request Timeout',
    type: problemTypes.malformedRequest,
    title: 'The HTTP request could not be read',
  },
};
const badRequest = {
  status: 400,
  reason: 'Bad Request',
  type: problemTypes.malformedRequest,
  title: 'The HTTP request could not be read',
};

export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // Like Node's own handler: a reset socket has nobody to read an answer, and once bytes of another
  // answer went out on this socket, a second status line would corrupt it.
  if (error.code === 'ECONNRESET' || !socket.writable || (socket as Duplex & { bytesWritten?: number }).bytesWritten) {
    socket.destroy();
    return;
  }
  const answer = answers[error.code ?? ''] ?? badRequest;
  const problem: Problem = { type: answer.type, title: answer.title, status: answer.status };
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${answer.status} ${answer.reason}\r\n` +
      'Content-Type: application/problem+json\r\n' +
      'Cache-Control: no-store\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
