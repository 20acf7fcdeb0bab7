/** generated/openapi/types.ts: the REST types, by openapi-typescript, from the bundled document. */
import type { Writer } from '../generate.js';
import { openapiTypes } from './ajv.js';

export async function generateOpenApiTypes(openapiFile: string, write: Writer): Promise<void> {
  write('openapi/types.ts', await openapiTypes(openapiFile, 'specs/openapi'));
}
