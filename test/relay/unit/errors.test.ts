/**
 * The relay's error codes on the wire (src/transports/relay/errors.ts): each code's HTTP status, the
 * flat body byte for byte (relay-api.md §1, §3), `retry-after`, and the socket's reply reasons
 * (protocol.md §4).
 */
import { describe, expect, it } from 'vitest';
import { REPLY_REASONS } from '../../../generated/relay/socket.js';
import { RELAY_ERROR_CODES, relayError } from '../../../src/domain/relay/errors.js';
import { httpError, replyReason } from '../../../src/transports/relay/errors.js';

const HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('HTTP', () => {
  it('gives every code a 4xx or 5xx status', () => {
    for (const code of RELAY_ERROR_CODES) {
      const { status } = httpError(relayError(code));
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
    }
  });

  it.each([
    [400, '{"error":"invalid JSON"}', relayError('invalid_input', 'invalid JSON')],
    [
      400,
      '{"error":"bad_request","message":"Malformed version header. Expected an integer."}',
      relayError('invalid_input', { message: 'Malformed version header. Expected an integer.' }),
    ],
    [401, '{"error":"unauthorized"}', relayError('unauthorized')],
    [401, '{"error":"unauthorized","reason":"timestamp out of range"}', relayError('unauthorized', { reason: 'timestamp out of range' })],
    [403, '{"error":"not a team member"}', relayError('forbidden', 'not a team member')],
    [404, '{"error":"not_found"}', relayError('not_found')],
    [404, '{"error":"invalid_invite"}', relayError('not_found', 'invalid_invite')],
    [406, '{"error":"not_acceptable"}', relayError('not_acceptable')],
    [409, `{"error":"conflict","server_hash":"${HASH}"}`, relayError('conflict', { server_hash: HASH })],
    [
      409,
      '{"error":"team_id required: token belongs to multiple teams"}',
      relayError('conflict', 'team_id required: token belongs to multiple teams'),
    ],
    [
      410,
      '{"error":"Too many failed attempts. Please run `teamrc login` again."}',
      relayError('attempts_exhausted', 'Too many failed attempts. Please run `teamrc login` again.'),
    ],
    [413, '{"error":"request body too large","limit_bytes":256000}', relayError('content_too_large', { limit_bytes: 256_000 })],
    [
      426,
      '{"error":"upgrade_required","message":"Your teamrc CLI is outdated. Please update: npm install -g teamrc","minimum_version":1}',
      relayError('upgrade_required', { message: 'Your teamrc CLI is outdated. Please update: npm install -g teamrc', minimum_version: 1 }),
    ],
    [429, '{"error":"too many pending requests for this token"}', relayError('rate_limited', 'too many pending requests for this token')],
    [500, '{"error":"internal_error"}', relayError('internal_error')],
    [500, '{"error":"deletion_failed"}', relayError('internal_error', 'deletion_failed')],
    [503, '{"error":"service temporarily at capacity"}', relayError('at_capacity', 'service temporarily at capacity')],
  ] as const)('%i %s', (status, body, err) => {
    const answer = httpError(err);
    expect(answer.status).toBe(status);
    expect(JSON.stringify(answer.body)).toBe(body);
    expect(answer.headers).toEqual({});
  });

  it('answers a refused window with retry-after, outside the body', () => {
    const answer = httpError(relayError('rate_limited', { retryAfterSeconds: 42 }));
    expect(answer).toEqual({ status: 429, body: { error: 'rate limit exceeded' }, headers: { 'retry-after': '42' } });
  });
});

describe('socket', () => {
  it('replies with the documented reasons of a join and a push', () => {
    const reasons = [
      relayError('not_found'),
      relayError('invalid_input', 'missing content'),
      relayError('rate_limited'),
      relayError('content_too_large'),
      relayError('internal_error', 'update_failed'),
    ].map(replyReason);
    expect(reasons).toEqual(['not_found', 'missing content', 'rate_limited', 'content_too_large', 'update_failed']);
    for (const reason of reasons) expect([...REPLY_REASONS.join, ...REPLY_REASONS['knowledge:push']]).toContain(reason);
  });
});
