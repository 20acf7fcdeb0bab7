// Generated from specs/openapi/relay.yaml by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type { ValidateFunction } from 'ajv';
import type { operations } from './types.js';
import * as validators from './validators.cjs';

export type RelayOperationName =
  | 'health'
  | 'account.delete'
  | 'account.get'
  | 'teams.join'
  | 'teams.upsert'
  | 'device.verifyPage'
  | 'device.confirm'
  | 'account.export'
  | 'account.reassociate'
  | 'account.teams'
  | 'device.start'
  | 'teams.claim'
  | 'teams.invite'
  | 'teams.preview'
  | 'teams.visibility'
  | 'test.setup'
  | 'account.revokeMachine'
  | 'device.poll'
  | 'teams.all'
  | 'teams.clone'
  | 'teams.get'
  | 'teams.head'
  | 'tokens.erase';

/** signed: Ed25519 request signature; public: none (rate-limited per address); session: a TRCR access token;
 * session+signed: both; none: no auth, no limit; test-hook: mounted only with RELAY_TEST_HOOKS=1. */
export type RelayAuth = 'signed' | 'public' | 'session' | 'session+signed' | 'none' | 'test-hook';

export interface RelayRoute {
  readonly operation: RelayOperationName;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  /** Path segments; `:name` marks a parameter. Static segments are listed first in the table. */
  readonly segments: readonly string[];
  readonly auth: RelayAuth;
  /** Success status (an operation may answer another documented one, e.g. 201 on create). */
  readonly status: number;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly hasBody: boolean;
}

export const relayRoutes = [
  {
    "operation": "health",
    "method": "GET",
    "path": "/health",
    "segments": [
      "health"
    ],
    "auth": "none",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": false
  },
  {
    "operation": "account.delete",
    "method": "DELETE",
    "path": "/api/account",
    "segments": [
      "api",
      "account"
    ],
    "auth": "session",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": false
  },
  {
    "operation": "account.get",
    "method": "GET",
    "path": "/api/account",
    "segments": [
      "api",
      "account"
    ],
    "auth": "session",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": false
  },
  {
    "operation": "teams.join",
    "method": "POST",
    "path": "/api/join",
    "segments": [
      "api",
      "join"
    ],
    "auth": "signed",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true
  },
  {
    "operation": "teams.upsert",
    "method": "POST",
    "path": "/api/teams",
    "segments": [
      "api",
      "teams"
    ],
    "auth": "signed",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true
  },
  {
    "operation": "device.verifyPage",
    "method": "GET",
    "path": "/auth/verify",
    "segments": [
      "auth",
      "verify"
    ],
    "auth": "none",
    "status": 200,
    "pathParams": [],
    "queryParams": [
      "code"
    ],
    "hasBody": false
  },
  {
    "operation": "device.confirm",
    "method": "POST",
    "path": "/auth/verify",
    "segments": [
      "auth",
      "verify"
    ],
    "auth": "session",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true
  },
  {
    "operation": "account.export",
    "method": "GET",
    "path": "/api/account/export",
    "segments": [
      "api",
      "account",
      "export"
    ],
    "auth": "session",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": false
  },
  {
    "operation": "account.reassociate",
    "method": "POST",
    "path": "/api/account/reassociate",
    "segments": [
      "api",
      "account",
      "reassociate"
    ],
    "auth": "session+signed",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true
  },
  {
    "operation": "account.teams",
    "method": "GET",
    "path": "/api/account/teams",
    "segments": [
      "api",
      "account",
      "teams"
    ],
    "auth": "session",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": false
  },
  {
    "operation": "device.start",
    "method": "POST",
    "path": "/api/auth/device",
    "segments": [
      "api",
      "auth",
      "device"
    ],
    "auth": "signed",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true
  },
  {
    "operation": "teams.claim",
    "method": "POST",
    "path": "/api/teams/claim",
    "segments": [
      "api",
      "teams",
      "claim"
    ],
    "auth": "signed",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true
  },
  {
    "operation": "teams.invite",
    "method": "POST",
    "path": "/api/teams/invite",
    "segments": [
      "api",
      "teams",
      "invite"
    ],
    "auth": "signed",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true
  },
  {
    "operation": "teams.preview",
    "method": "POST",
    "path": "/api/teams/preview",
    "segments": [
      "api",
      "teams",
      "preview"
    ],
    "auth": "signed",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true
  },
  {
    "operation": "teams.visibility",
    "method": "POST",
    "path": "/api/teams/visibility",
    "segments": [
      "api",
      "teams",
      "visibility"
    ],
    "auth": "signed",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true
  },
  {
    "operation": "test.setup",
    "method": "POST",
    "path": "/api/test/setup",
    "segments": [
      "api",
      "test",
      "setup"
    ],
    "auth": "test-hook",
    "status": 200,
    "pathParams": [],
    "queryParams": [],
    "hasBody": true
  },
  {
    "operation": "account.revokeMachine",
    "method": "DELETE",
    "path": "/api/account/machines/{token}",
    "segments": [
      "api",
      "account",
      "machines",
      ":token"
    ],
    "auth": "session",
    "status": 200,
    "pathParams": [
      "token"
    ],
    "queryParams": [],
    "hasBody": false
  },
  {
    "operation": "device.poll",
    "method": "GET",
    "path": "/api/auth/device/{device_code}",
    "segments": [
      "api",
      "auth",
      "device",
      ":device_code"
    ],
    "auth": "signed",
    "status": 200,
    "pathParams": [
      "device_code"
    ],
    "queryParams": [],
    "hasBody": false
  },
  {
    "operation": "teams.all",
    "method": "GET",
    "path": "/api/teams/all/{token}",
    "segments": [
      "api",
      "teams",
      "all",
      ":token"
    ],
    "auth": "signed",
    "status": 200,
    "pathParams": [
      "token"
    ],
    "queryParams": [],
    "hasBody": false
  },
  {
    "operation": "teams.clone",
    "method": "GET",
    "path": "/api/teams/clone/{clone_token}",
    "segments": [
      "api",
      "teams",
      "clone",
      ":clone_token"
    ],
    "auth": "public",
    "status": 200,
    "pathParams": [
      "clone_token"
    ],
    "queryParams": [],
    "hasBody": false
  },
  {
    "operation": "teams.get",
    "method": "GET",
    "path": "/api/teams/{token}",
    "segments": [
      "api",
      "teams",
      ":token"
    ],
    "auth": "signed",
    "status": 200,
    "pathParams": [
      "token"
    ],
    "queryParams": [
      "team_id"
    ],
    "hasBody": false
  },
  {
    "operation": "teams.head",
    "method": "GET",
    "path": "/api/teams/{token}/head",
    "segments": [
      "api",
      "teams",
      ":token",
      "head"
    ],
    "auth": "signed",
    "status": 200,
    "pathParams": [
      "token"
    ],
    "queryParams": [
      "team_id"
    ],
    "hasBody": false
  },
  {
    "operation": "tokens.erase",
    "method": "DELETE",
    "path": "/api/token/{token}/erase",
    "segments": [
      "api",
      "token",
      ":token",
      "erase"
    ],
    "auth": "signed",
    "status": 200,
    "pathParams": [
      "token"
    ],
    "queryParams": [
      "team_id"
    ],
    "hasBody": false
  }
] as const satisfies readonly RelayRoute[];

/** Each operation's input: its JSON body, path parameters and query parameters in one object. */
export interface RelayInputs {
  'health': Record<string, never>;
  'account.delete': Record<string, never>;
  'account.get': Record<string, never>;
  'teams.join': NonNullable<operations['teams.join']['requestBody']>['content']['application/json'];
  'teams.upsert': NonNullable<operations['teams.upsert']['requestBody']>['content']['application/json'];
  'device.verifyPage': NonNullable<operations['device.verifyPage']['parameters']['query']>;
  'device.confirm': NonNullable<operations['device.confirm']['requestBody']>['content']['application/json'];
  'account.export': Record<string, never>;
  'account.reassociate': NonNullable<operations['account.reassociate']['requestBody']>['content']['application/json'];
  'account.teams': Record<string, never>;
  'device.start': NonNullable<operations['device.start']['requestBody']>['content']['application/json'];
  'teams.claim': NonNullable<operations['teams.claim']['requestBody']>['content']['application/json'];
  'teams.invite': NonNullable<operations['teams.invite']['requestBody']>['content']['application/json'];
  'teams.preview': NonNullable<operations['teams.preview']['requestBody']>['content']['application/json'];
  'teams.visibility': NonNullable<operations['teams.visibility']['requestBody']>['content']['application/json'];
  'test.setup': NonNullable<operations['test.setup']['requestBody']>['content']['application/json'];
  'account.revokeMachine': operations['account.revokeMachine']['parameters']['path'];
  'device.poll': operations['device.poll']['parameters']['path'];
  'teams.all': operations['teams.all']['parameters']['path'];
  'teams.clone': operations['teams.clone']['parameters']['path'];
  'teams.get': operations['teams.get']['parameters']['path'] & NonNullable<operations['teams.get']['parameters']['query']>;
  'teams.head': operations['teams.head']['parameters']['path'] & NonNullable<operations['teams.head']['parameters']['query']>;
  'tokens.erase': operations['tokens.erase']['parameters']['path'] & NonNullable<operations['tokens.erase']['parameters']['query']>;
}

/** Body validators (envelope only, see scripts/codegen/relay.ts). */
export const relayBodyValidators: Partial<Record<RelayOperationName, ValidateFunction>> = {
  'teams.upsert': validators.teams__upsert,
  'teams.join': validators.teams__join,
  'teams.preview': validators.teams__preview,
  'teams.invite': validators.teams__invite,
  'teams.visibility': validators.teams__visibility,
  'teams.claim': validators.teams__claim,
  'device.start': validators.device__start,
  'device.confirm': validators.device__confirm,
  'account.reassociate': validators.account__reassociate,
  'test.setup': validators.test__setup,
};

/** Path and query parameters: strings a database can store (the text rule of the generated validation). */
export const relayParamsValidator: ValidateFunction = validators.relay__params;

/** The platforms a team may name (`Platform` in relay.yaml). */
export const RELAY_PLATFORMS = ["claude-code","cursor","codex","gemini","openclaw","claude-desktop","copilot","amazon-q","windsurf","cline"] as const;

/** What the domain implements: one handler per operation. */
export type RelayHandlers<Ctx, Reply> = {
  [K in RelayOperationName]: (ctx: Ctx, input: RelayInputs[K]) => Promise<Reply>;
};
