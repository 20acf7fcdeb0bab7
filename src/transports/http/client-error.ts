/**
 * Answers for requests that never reach Koa, in the same JSON error envelope as everything else:
 *   - Node's HTTP parser rejects the request (`clientError`): a malformed request line or header →
 *     400 VALIDATION_ERROR; request line and headers over the server's header limit (an over-long
 *     URL) → 431 PAYLOAD_TOO_LARGE; headers not received in time → 408 VALIDATION_ERROR. Node's own
 *     answer would be a bare status line with no body.
 *   - `CONNECT` (Node hands it to a `connect` listener, or drops the socket): 405 VALIDATION_ERROR.
 * The statuses and codes are the error table's (specs/openapi/trcr.yaml). The connection is closed
 * after the answer: the parser cannot tell where the next request would start.
 */
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/** A complete HTTP/1.1 response carrying `err` as the error envelope, closing the connection. */
export function rawErrorResponse(status: number, err: AppError, headers: Record<string, string> = {}): string {
  const body = JSON.stringify({ error: err.toJSON() });
  const lines = [
    `HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Request-Id: ${newId('req')}`,
    'Connection: close',
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** The answer to a request Node's parser rejected (`code` is llhttp's, e.g. HPE_INVALID_METHOD). */
export function clientErrorAnswer(code: string | undefined, maxHeaderSize: number): string {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return rawErrorResponse(
      431,
      new AppError('PAYLOAD_TOO_LARGE', `The request line and headers exceed ${maxHeaderSize} bytes (an over-long URL?)`, {
        limit_bytes: maxHeaderSize,
      }),
    );
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT' || code === 'HPE_HEADERS_TIMEOUT') {
    return rawErrorResponse(408, new AppError('VALIDATION_ERROR', 'The request was not received in time', { field: 'request' }));
  }
  return rawErrorResponse(400, new AppError('VALIDATION_ERROR', 'Malformed HTTP request', { field: 'request', reason: code ?? 'unknown' }));
}

/** Installs the `clientError` and `connect` answers on `server`. */
export function answerUnparsedRequests(server: http.Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset connection has nobody to answer; a response already under way cannot be replaced.
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorAnswer(err.code, http.maxHeaderSize));
  });
  const allowed = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
  server.on('connect', (_req: http.IncomingMessage, socket: Duplex) => {
    const err = new AppError('VALIDATION_ERROR', 'CONNECT is not supported: this server is not a proxy', { method: 'CONNECT', allowed });
    socket.end(rawErrorResponse(405, err, { Allow: allowed.join(', ') }));
  });
}
