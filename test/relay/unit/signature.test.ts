/**
 * Ed25519 request signatures and socket tickets (auth.md §1–3): the reference's test vectors, and
 * each of the eight checks failing with its own reason, in the documented order.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeToken,
  isBase64UrlNoPad,
  verifyRequestSignature,
  verifySocketTicket,
  type SignedRequest,
} from '../../../src/domain/relay/signature.js';
import { makeKey, makeTicket, signMessage } from '../../support/relay.js';

const NOW = 1773576000;
const SEED_KEY = makeKey(Buffer.alloc(32, 0x01));
const TOKEN = 'trc_ak_iojj3XQJ8ZX9UtstPLpdcspnCb8dlBIb83SIAbQPb1w';
const BODY = `{"token":"${TOKEN}","team":{"name":"My Team","members":[{"name":"backend-dev","role":"Backend developer"}]}}`;
const BODY_SIGNATURE = 'FbLfc6zsq_XSrrBMYA9oA9KzcEWcdXJdVeD3iJbxj_fm_dJFttAOcmZuThRlCPphJVz38hRu73zJbdZZp4DEDw';
const HEAD_PATH = `/api/teams/${TOKEN}/head?team_id=2b1e6f0a-0000-4000-8000-000000000001`;
const GET_SIGNATURE = 'lzXKtGD3_vnFFHQhxQyMNUAqWcIbsBx8A2OAeZYAwdwbK6586rEhkwXozkY-nvurhinkqhRhEb1_7nUlLyb_Bw';
const TICKET = `1773576000.${TOKEN}.sZNRY2Ap6PtKyK12rtevMl8FUw8b1y_leLjJ6ZJMgyrUuChdDzq_rjY3v8IYTdemMsN90UBT39Fo-w0yGapdBA`;

/** The vector POST request; `over` replaces fields. */
const post = (over: Partial<SignedRequest> = {}): SignedRequest => ({
  method: 'POST',
  rawPathAndQuery: '/api/teams',
  rawBody: BODY,
  signature: BODY_SIGNATURE,
  timestamp: String(NOW),
  token: TOKEN,
  ...over,
});

const get = (over: Partial<SignedRequest> = {}): SignedRequest => ({
  method: 'GET',
  rawPathAndQuery: HEAD_PATH,
  rawBody: '',
  signature: GET_SIGNATURE,
  timestamp: String(NOW),
  token: TOKEN,
  ...over,
});

const reason = (req: SignedRequest, now = NOW): string | null => {
  const r = verifyRequestSignature(req, now);
  return r.ok ? null : r.reason;
};

/** `s` with the character at `i` replaced by `c`. */
const swapChar = (s: string, i: number, c: string): string => s.slice(0, i) + c + s.slice(i + 1);

/** The last character of the canonical token carries two unused bits: 'w' and 'x' decode alike. */
const NON_CANONICAL_TOKEN = `${TOKEN.slice(0, -1)}x`;

describe('the test vectors of auth.md §2.1 and §3', () => {
  it('the seed 0x01×32 gives the documented token, and the test signer reproduces both signatures', () => {
    expect(SEED_KEY.token).toBe(TOKEN);
    expect(signMessage(SEED_KEY, `${NOW}.${BODY}`)).toBe(BODY_SIGNATURE);
    expect(signMessage(SEED_KEY, `${NOW}.GET ${HEAD_PATH}`)).toBe(GET_SIGNATURE);
    expect(makeTicket(SEED_KEY, NOW)).toBe(TICKET);
  });

  it('accepts the POST body signature over `<ts>.<raw body>`', () => {
    expect(verifyRequestSignature(post(), NOW)).toEqual({ ok: true, token: TOKEN });
    expect(verifyRequestSignature(post({ rawBody: Buffer.from(BODY, 'utf8') }), NOW)).toEqual({ ok: true, token: TOKEN });
  });

  it('accepts the GET signature over `<ts>.GET <path?query>`', () => {
    expect(verifyRequestSignature(get(), NOW)).toEqual({ ok: true, token: TOKEN });
  });

  it('accepts the socket ticket example', () => {
    expect(verifySocketTicket(TICKET, NOW)).toBe(TOKEN);
  });
});

describe('what is signed', () => {
  it('DELETE signs `<ts>.DELETE <path?query>`, PATCH signs the body', () => {
    const path = `/api/token/${TOKEN}/erase?team_id=x`;
    const del = get({ method: 'DELETE', rawPathAndQuery: path, signature: signMessage(SEED_KEY, `${NOW}.DELETE ${path}`) });
    expect(verifyRequestSignature(del, NOW).ok).toBe(true);
    const patch = post({ method: 'PATCH', signature: BODY_SIGNATURE });
    expect(verifyRequestSignature(patch, NOW).ok).toBe(true);
  });

  it('the path and query are taken raw: a differently encoded query does not verify', () => {
    const encoded = HEAD_PATH.replace('team_id=', 'team%5Fid=');
    expect(reason(get({ rawPathAndQuery: encoded }))).toBe('signature verification failed');
    expect(reason(get({ method: 'DELETE' }))).toBe('signature verification failed');
  });

  it('a GET signature is not accepted for a POST of the same path', () => {
    expect(reason(post({ signature: GET_SIGNATURE, rawBody: '' }))).toBe('signature verification failed');
  });

  it('the raw body bytes count: re-serialised JSON with a space does not verify', () => {
    const spaced = JSON.stringify(JSON.parse(BODY), null, 1);
    expect(reason(post({ rawBody: spaced }))).toBe('signature verification failed');
  });
});

describe('failure reasons (auth.md §2, checks 1–8)', () => {
  it('1: no token → missing or invalid token', () => {
    expect(reason(post({ token: undefined }))).toBe('missing or invalid token');
    expect(reason(post({ token: '' }))).toBe('missing or invalid token');
  });

  it('2: missing or non-base64url signature header', () => {
    expect(reason(post({ signature: undefined }))).toBe('missing or invalid signature header');
    expect(reason(post({ signature: '' }))).toBe('missing or invalid signature header');
    expect(reason(post({ signature: swapChar(BODY_SIGNATURE, 9, '/') }))).toBe('missing or invalid signature header');
    expect(reason(post({ signature: swapChar(BODY_SIGNATURE, 9, '+') }))).toBe('missing or invalid signature header');
    expect(reason(post({ signature: `${BODY_SIGNATURE}==` }))).toBe('missing or invalid signature header');
    expect(reason(post({ signature: ` ${BODY_SIGNATURE}` }))).toBe('missing or invalid signature header');
    expect(reason(post({ signature: 'A' }))).toBe('missing or invalid signature header');
  });

  it('3: no timestamp → missing timestamp header', () => {
    expect(reason(post({ timestamp: undefined }))).toBe('missing timestamp header');
  });

  it('4: timestamps within ±30 s pass, ±31 s do not', () => {
    for (const skew of [-30, 30]) {
      const ts = NOW + skew;
      const req = post({ timestamp: String(ts), signature: signMessage(SEED_KEY, `${ts}.${BODY}`) });
      expect(verifyRequestSignature(req, NOW).ok).toBe(true);
    }
    for (const skew of [-31, 31]) {
      const ts = NOW + skew;
      const req = post({ timestamp: String(ts), signature: signMessage(SEED_KEY, `${ts}.${BODY}`) });
      expect(reason(req)).toBe('timestamp out of range');
    }
    // The vector itself is valid at NOW only: a clock 31 s later refuses it.
    expect(reason(post(), NOW + 31)).toBe('timestamp out of range');
  });

  it('4: only ^-?\\d+$ timestamps — `+…`, spaces, decimals, empty are out of range even when signed', () => {
    for (const ts of [`+${NOW}`, ` ${NOW}`, `${NOW}.0`, `${NOW}s`, '', '0x69B6A8C0']) {
      const req = post({ timestamp: ts, signature: signMessage(SEED_KEY, `${ts}.${BODY}`) });
      expect(reason(req), ts).toBe('timestamp out of range');
    }
  });

  it('5: a token without the prefix, or not 32 bytes of strict base64url → invalid token format', () => {
    const key = TOKEN.slice('trc_ak_'.length);
    for (const token of [
      key,
      `trc_xx_${key}`,
      `${TOKEN}A`,
      TOKEN.slice(0, -1),
      `${TOKEN}=`,
      swapChar(TOKEN, 12, '/'),
      swapChar(TOKEN, 12, '+'),
      'trc_ak_',
    ]) {
      expect(reason(post({ token })), token).toBe('invalid token format');
    }
  });

  it('6: a GET whose path cannot be used → unable to construct sign message', () => {
    expect(reason(get({ rawPathAndQuery: '' }))).toBe('unable to construct sign message');
  });

  it('7: a tampered body → signature verification failed', () => {
    expect(reason(post({ rawBody: BODY.replace('My Team', 'My Team2') }))).toBe('signature verification failed');
  });

  it('7: key A signing with token B presented → signature verification failed (check 7 precedes 8)', () => {
    const other = makeKey();
    const req = post({ token: other.token, signature: BODY_SIGNATURE });
    expect(reason(req)).toBe('signature verification failed');
    // …and the same signature with its own token still passes.
    expect(reason(post())).toBeNull();
  });

  it('7: a signature of the wrong length (base64url-valid) fails verification', () => {
    expect(reason(post({ signature: BODY_SIGNATURE.slice(0, 84) }))).toBe('signature verification failed');
  });

  it('8: a non-canonical encoding of the signing key → token does not match signing key', () => {
    expect(decodeToken(NON_CANONICAL_TOKEN)).toEqual(decodeToken(TOKEN));
    expect(reason(post({ token: NON_CANONICAL_TOKEN }))).toBe('token does not match signing key');
  });

  it('checks run in order: the first failing one is reported', () => {
    expect(reason(post({ token: undefined, signature: undefined, timestamp: undefined }))).toBe('missing or invalid token');
    expect(reason(post({ signature: 'a+b', timestamp: undefined }))).toBe('missing or invalid signature header');
    expect(reason(post({ timestamp: undefined, token: 'bogus' }))).toBe('missing timestamp header');
    expect(reason(post({ timestamp: '12', token: 'bogus' }))).toBe('timestamp out of range');
    expect(reason(get({ token: 'bogus', rawPathAndQuery: '' }))).toBe('invalid token format');
    expect(reason(get({ rawPathAndQuery: '', signature: BODY_SIGNATURE }))).toBe('unable to construct sign message');
  });
});

describe('decodeToken / isBase64UrlNoPad', () => {
  it('decodes the 32-byte key of a token', () => {
    expect(decodeToken(TOKEN)?.toString('base64url')).toBe(TOKEN.slice(7));
    expect(decodeToken('trc_ak_abc')).toBeNull();
  });

  it('is strict about the alphabet and padding', () => {
    expect(isBase64UrlNoPad('abc-_09')).toBe(true);
    expect(isBase64UrlNoPad('ab+c')).toBe(false);
    expect(isBase64UrlNoPad('ab/c')).toBe(false);
    expect(isBase64UrlNoPad('abc=')).toBe(false);
    expect(isBase64UrlNoPad('ab c')).toBe(false);
    expect(isBase64UrlNoPad('abcde')).toBe(false); // 5 chars cannot encode whole bytes
  });
});

describe('socket tickets (auth.md §3)', () => {
  it('accepts a ticket within ±30 s and refuses one 31 s away', () => {
    expect(verifySocketTicket(TICKET, NOW + 30)).toBe(TOKEN);
    expect(verifySocketTicket(TICKET, NOW - 30)).toBe(TOKEN);
    expect(verifySocketTicket(TICKET, NOW + 31)).toBeNull();
    expect(verifySocketTicket(TICKET, NOW - 31)).toBeNull();
  });

  it('a fresh key and a fresh ticket work', () => {
    const key = makeKey();
    expect(verifySocketTicket(makeTicket(key, NOW), NOW)).toBe(key.token);
  });

  it('refuses missing, malformed and tampered tickets', () => {
    const [ts, token, sig] = TICKET.split('.') as [string, string, string];
    const other = makeKey();
    const cases: Array<string | undefined> = [
      undefined,
      '',
      `${ts}.${token}`, // two parts
      `${TICKET}.x`, // four parts
      `${ts}.${other.token}.${sig}`, // signature of another key
      `${ts}.${token}.${sig.slice(0, -2)}AA`, // tampered signature
      `${ts}.${token}.`, // empty signature
      `+${ts}.${token}.${signMessage(SEED_KEY, `+${ts}.${token}`)}`, // `+ts` is not an integer
      `${ts}.${NON_CANONICAL_TOKEN}.${signMessage(SEED_KEY, `${ts}.${NON_CANONICAL_TOKEN}`)}`, // non-canonical token
      `${ts}.${token}.${swapChar(sig, 5, '+')}`, // not base64url
    ];
    for (const ticket of cases) expect(verifySocketTicket(ticket, NOW), String(ticket)).toBeNull();
  });
});
