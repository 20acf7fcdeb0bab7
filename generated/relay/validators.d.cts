// Generated from specs/openapi/relay.yaml (Ajv standalone) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type { ValidateFunction } from 'ajv';

/** Validates the body of `teams.upsert`. */
export declare const teams__upsert: ValidateFunction;
/** Validates the body of `teams.join`. */
export declare const teams__join: ValidateFunction;
/** Validates the body of `teams.preview`. */
export declare const teams__preview: ValidateFunction;
/** Validates the body of `teams.invite`. */
export declare const teams__invite: ValidateFunction;
/** Validates the body of `teams.visibility`. */
export declare const teams__visibility: ValidateFunction;
/** Validates the body of `teams.claim`. */
export declare const teams__claim: ValidateFunction;
/** Validates the body of `device.start`. */
export declare const device__start: ValidateFunction;
/** Validates the body of `device.confirm`. */
export declare const device__confirm: ValidateFunction;
/** Validates the body of `account.reassociate`. */
export declare const account__reassociate: ValidateFunction;
/** Validates the body of `test.setup`. */
export declare const test__setup: ValidateFunction;
/** Validates the path and query parameters of any route (text only). */
export declare const relay__params: ValidateFunction;
