/** generated/rest-routes.ts: the REST route table, ordered so static segments win over parameters. */
import type { Writer } from '../generate.js';
import type { CatalogueEntry } from './catalogue.js';
import { BANNER } from './load.js';

/** `/tasks/{id}/status` -> `/tasks/:id/status`. */
const koaPath = (p: string): string => p.replace(/\{([^}]+)\}/g, ':$1');

/** Sort key: per segment, static (0) before parameter (1), so /time-entries/current precedes /time-entries/:entry_id. */
const specificity = (p: string): string =>
  p
    .split('/')
    .map((s) => (s.startsWith('{') ? '1' : '0'))
    .join('');

export function generateRestRoutes(catalogue: CatalogueEntry[], write: Writer): void {
  const routes = [...catalogue]
    .sort((a, b) => specificity(a.path).localeCompare(specificity(b.path)) || a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
    .map((e) => ({
      operation: e.name,
      method: e.method,
      path: e.path,
      koaPath: koaPath(e.path),
      status: e.status,
      pathParams: e.params.filter((p) => p.in === 'path').map((p) => p.name),
      queryParams: e.params.filter((p) => p.in === 'query').map((p) => p.name),
      hasBody: e.body !== null,
      bodyRequired: e.bodyRequired,
    }));
  const content = [
    BANNER('specs/openapi/trcr.yaml'),
    `import type { OperationName } from './operations.js';\n`,
    `export interface RestRoute {
  readonly operation: OperationName;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI path, relative to /api/v1. */
  readonly path: string;
  /** The same path in @koa/router syntax. */
  readonly koaPath: string;
  readonly status: number;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly hasBody: boolean;
  readonly bodyRequired: boolean;
}\n`,
    `export const restRoutes = ${JSON.stringify(routes, null, 2)} as const satisfies readonly RestRoute[];\n`,
  ];
  write('rest-routes.ts', content.join('\n'));
}
