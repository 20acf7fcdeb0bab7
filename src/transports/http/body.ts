/**
 * Reads a JSON request body with a size limit. Written here rather than taken from a body parser so
 * that each failure maps straight onto the documented errors: too large → 413 PAYLOAD_TOO_LARGE,
 * not JSON → 400 VALIDATION_ERROR "Invalid JSON".
 */
import type { IncomingMessage } from 'node:http';
import { AppError } from '../../platform/errors.js';

export const MAX_BODY_BYTES = 1024 * 1024;

function tooLarge(limit: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', `The request body exceeds ${limit} bytes`, { limit_bytes: limit });
}

/**
 * The raw body as text ('' when there is none). Past the limit it stops keeping data and rejects;
 * the rest of the upload is discarded (not destroyed, so the 413 answer still reaches the client).
 */
export function readBodyText(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      cleanup();
      req.resume();
      reject(tooLarge(limit));
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/** The parsed JSON body; `undefined` when the body is empty. */
export async function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const text = await readBodyText(req, limit);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('VALIDATION_ERROR', 'Invalid JSON', { field: 'body' });
  }
}
