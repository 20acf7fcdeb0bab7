// Generated from specs/schemas/common.yaml (ErrorCode) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.

import type { components } from './openapi/types.js';

/** A documented error code (`components.schemas.ErrorCode`). */
export type ErrorCode = components['schemas']['ErrorCode'];

/** Every documented `error.code` (REST, /ws, MCP) and GraphQL `extensions.code`, in the spec's order. */
export const ERROR_CODES = ["VALIDATION_ERROR","UNAUTHORIZED","FORBIDDEN","NOT_FOUND","CONFLICT","PAYLOAD_TOO_LARGE","RATE_LIMIT_EXCEEDED","INTERNAL_ERROR","SERVICE_UNAVAILABLE","QUERY_TOO_COMPLEX"] as const satisfies readonly ErrorCode[];

/** The HTTP status of each code (`x-http-status`). */
export const ERROR_STATUS = {
  "VALIDATION_ERROR": 400,
  "UNAUTHORIZED": 401,
  "FORBIDDEN": 403,
  "NOT_FOUND": 404,
  "CONFLICT": 409,
  "PAYLOAD_TOO_LARGE": 413,
  "RATE_LIMIT_EXCEEDED": 429,
  "INTERNAL_ERROR": 500,
  "SERVICE_UNAVAILABLE": 503,
  "QUERY_TOO_COMPLEX": 400
} as const satisfies Record<ErrorCode, number>;
