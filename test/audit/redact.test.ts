/** The audit log's redaction (src/domain/audit/record.ts), without a server. */
import { describe, expect, it } from 'vitest';
import { auditRow, redact, REDACTED } from '../../src/domain/audit/record.js';

describe('redact', () => {
  it('replaces secret keys at any depth and credential-looking values, keeps the rest', () => {
    const input = {
      name: 'ok',
      password: 'p',
      new_password: 'p2',
      nested: { refresh_token: 'r', list: [{ password_hash: 'h', keep: 1 }], api_key: 'k', client_secret: 's' },
      ticket: 'wst_x',
      note: 'trcr_pat_abcdef',
      jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.sig',
      monkey: 'fine',
      keyboard: 'fine',
    };
    expect(redact(input)).toEqual({
      name: 'ok',
      password: REDACTED,
      new_password: REDACTED,
      nested: { refresh_token: REDACTED, list: [{ password_hash: REDACTED, keep: 1 }], api_key: REDACTED, client_secret: REDACTED },
      ticket: REDACTED,
      note: REDACTED,
      jwt: REDACTED,
      monkey: 'fine',
      keyboard: 'fine',
    });
  });

  it('a call without events records its input without org_id', () => {
    const row = auditRow({
      name: 'notifications.mark_read',
      ctx: {
        actor: { userId: 'usr_1', via: 'pat', patId: 'pat_1' },
        svc: {} as never,
        requestId: 'req_1',
        transport: 'mcp',
        ip: '::1',
        userAgent: 'x',
      },
      orgId: 'org_1',
      input: { org_id: 'org_1', ids: ['ntf_1'] },
      output: {},
      events: [],
    });
    expect(row).toMatchObject({ org_id: 'org_1', user_id: 'usr_1', pat_id: 'pat_1', entity_type: null, changes: { ids: ['ntf_1'] } });
  });
});
