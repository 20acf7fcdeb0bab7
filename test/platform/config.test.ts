import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, originAllowed, parseCorsOrigins } from '../../src/platform/config.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'trcr-cfg-'));

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const dataDir = tmp();
    const c = loadConfig({ DATA_DIR: dataDir });
    expect(c).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir,
      publicUrl: 'http://localhost:8080',
      mailFrom: 'TRCR <no-reply@trcr.local>',
      rateLimitPerMinute: 100,
      wsMessagesPerMinute: 60,
      wsMaxConnectionsPerUser: 5,
      wsMaxMessageBytes: 65536,
      wsAuthTimeoutMs: 10000,
      wsPingIntervalMs: 30000,
      wsPongTimeoutMs: 10000,
      wsIdleTimeoutMs: 300000,
      wsMaxBufferedBytes: 1048576,
      shutdownTimeoutMs: 10000,
      logLevel: 'info',
    });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.redisUrl).toBeUndefined();
    expect(c.smtpUrl).toBeUndefined();
    expect(c.mcpAllowedOrigins).toContain('http://localhost:8080');
    expect(c.mcpAllowedOrigins).toContain('http://127.0.0.1:*');
    expect(c.corsOrigins).toEqual([]);
  });

  it('creates a JWT secret file (0600) once and reuses it', () => {
    const dataDir = tmp();
    const a = loadConfig({ DATA_DIR: dataDir });
    const st = fs.statSync(path.join(dataDir, 'jwt-secret'));
    expect(st.mode & 0o777).toBe(0o600);
    const b = loadConfig({ DATA_DIR: dataDir });
    expect(a.jwtSecret).toBe(b.jwtSecret);
    expect(a.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dataDir, JWT_SECRET: 'z'.repeat(40) }).jwtSecret).toBe('z'.repeat(40));
  });

  it('reads env and applies overrides', () => {
    const c = loadConfig(
      {
        PORT: '9000',
        DATA_DIR: tmp(),
        JWT_SECRET: 's'.repeat(32),
        DATABASE_URL: 'postgres://u@h/db',
        REDIS_URL: 'redis://h:6379',
        MCP_ALLOWED_ORIGINS: 'https://app.example.com, http://localhost:*',
        LOG_LEVEL: 'debug',
      },
      { rateLimitPerMinute: 5 },
    );
    expect(c.port).toBe(9000);
    expect(c.publicUrl).toBe('http://localhost:9000');
    expect(c.databaseUrl).toBe('postgres://u@h/db');
    expect(c.redisUrl).toBe('redis://h:6379');
    expect(c.rateLimitPerMinute).toBe(5);
    expect(c.mcpAllowedOrigins).toEqual(['https://app.example.com', 'http://localhost:*']);
    expect(c.logLevel).toBe('debug');
  });

  it('throws a clear error for invalid values', () => {
    const base = { DATA_DIR: tmp(), JWT_SECRET: 's'.repeat(32) };
    expect(() => loadConfig({ ...base, PORT: 'abc' })).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig({ ...base, PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => loadConfig({ ...base, WS_MAX_MESSAGE_BYTES: '1.5' })).toThrow(/WS_MAX_MESSAGE_BYTES/);
    expect(() => loadConfig({ ...base, LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ ...base, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ...base, JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });
});

describe('originAllowed', () => {
  const list = ['https://app.example.com', 'http://localhost:*', 'http://[::1]:*'];
  it.each([
    ['https://app.example.com', true],
    ['https://app.example.com:443', true],
    ['http://app.example.com', false],
    ['http://localhost:5173', true],
    ['http://localhost', true],
    ['http://[::1]:3000', true],
    ['https://localhost:5173', false],
    ['http://localhost.evil.com', false],
    ['http://evil.com', false],
    ['null', false],
    [undefined, false],
  ])('%s → %s', (origin, ok) => {
    expect(originAllowed(origin, list)).toBe(ok);
  });
});

describe('CORS_ORIGINS', () => {
  const base = () => ({ DATA_DIR: tmp(), JWT_SECRET: 's'.repeat(32) });

  it('is read as a comma-separated list of normalized origins', () => {
    const c = loadConfig({
      ...base(),
      CORS_ORIGINS: ' https://App.Example.com/ , https://app.example.com:443,http://localhost:*,https://admin.example.com:8443',
    });
    expect(c.corsOrigins).toEqual(['https://app.example.com', 'http://localhost:*', 'https://admin.example.com:8443']);
  });

  it('extends the /mcp Origin allow-list (MCP_ALLOWED_ORIGINS or its default)', () => {
    const withDefault = loadConfig({ ...base(), CORS_ORIGINS: 'https://app.example.com' });
    expect(withDefault.mcpAllowedOrigins).toContain('https://app.example.com');
    expect(withDefault.mcpAllowedOrigins).toContain('http://127.0.0.1:*');
    const explicit = loadConfig({ ...base(), MCP_ALLOWED_ORIGINS: 'https://mcp.example.com', CORS_ORIGINS: 'https://app.example.com' });
    expect(explicit.mcpAllowedOrigins).toEqual(['https://mcp.example.com', 'https://app.example.com']);
    const overridden = loadConfig(base(), { mcpAllowedOrigins: ['https://mcp.example.com'], corsOrigins: ['https://app.example.com'] });
    expect(overridden.mcpAllowedOrigins).toEqual(['https://mcp.example.com', 'https://app.example.com']);
  });

  it('refuses "*" and anything that is not an origin', () => {
    expect(() => loadConfig({ ...base(), CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS.*"\*"/);
    for (const bad of [
      'app.example.com',
      'ftp://files.example.com',
      'https://app.example.com/path',
      'https://app.example.com?x=1',
      'https://u:p@app.example.com',
      'https://app.example.com:8080:*',
    ]) {
      expect(() => loadConfig({ ...base(), CORS_ORIGINS: bad }), bad).toThrow(ConfigError);
    }
    expect(() => parseCorsOrigins('corsOrigins', ['*'])).toThrow(/corsOrigins/);
    expect(parseCorsOrigins('X', ['', ' '])).toEqual([]);
  });
});
