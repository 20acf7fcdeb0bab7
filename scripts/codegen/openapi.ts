/** generated/openapi/types.ts: the REST types, by openapi-typescript (external $refs bundled by it). */
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import type { Writer } from '../generate.js';
import { BANNER } from './load.js';

export async function generateOpenApiTypes(openapiFile: string, write: Writer): Promise<void> {
  const ast = await openapiTS(pathToFileURL(openapiFile), { rootTypes: false, silent: true });
  write('openapi/types.ts', BANNER('specs/openapi/trcr.yaml (openapi-typescript)') + astToString(ast));
}
