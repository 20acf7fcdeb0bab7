/**
 * generated/events.ts: the real-time events, from the AsyncAPI document's pushed messages (`send`
 * operations) and their payload schemas. The domain's `emit` accepts only these events, and an
 * `EntityChanged` only the declared entity types, each with the entity schema named after it
 * (`task` → `Task`, `time_entry` → `TimeEntry`: a convention this generator checks).
 */
import type { Writer } from '../generate.js';
import { BANNER, jsonText, pascal, type JsonObject } from './load.js';

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

export function generateEvents(asyncapi: JsonObject, modelNames: ReadonlySet<string>, write: Writer): void {
  const components = asyncapi.components as JsonObject;
  const messages = components.messages as JsonObject;
  const schemas = components.schemas as JsonObject;
  const events: { name: string; data: string; summary: string }[] = [];
  for (const op of Object.values(asyncapi.operations as JsonObject)) {
    if (!isObject(op) || op.action !== 'send') continue;
    for (const ref of op.messages as { $ref: string }[]) {
      const name = ref.$ref.split('/').pop()!;
      const msg = messages[name] as JsonObject;
      const data = ((msg.payload as JsonObject).properties as JsonObject).data as JsonObject;
      const schema = typeof data.$ref === 'string' ? data.$ref.split('/').pop()! : undefined;
      if (!schema || !modelNames.has(schema)) throw new Error(`event ${name}: payload.data must reference a named schema of specs/schemas`);
      events.push({ name, data: schema, summary: jsonText(msg.summary ?? '') });
    }
  }
  const entityTypes = (schemas.EntityType as JsonObject | undefined)?.enum;
  const actions = (schemas.EntityAction as JsonObject | undefined)?.enum;
  if (!Array.isArray(entityTypes) || !Array.isArray(actions)) throw new Error('EntityType and EntityAction must be enums');
  const entitySchemas = Object.fromEntries(entityTypes.map((t) => [jsonText(t), pascal(jsonText(t))]));
  for (const [type, schema] of Object.entries(entitySchemas)) {
    if (!modelNames.has(schema))
      throw new Error(`entity type ${type}: no schema ${schema} in specs/schemas (entity types are named after their schema)`);
  }

  write(
    'events.ts',
    [
      BANNER('specs/asyncapi (pushed messages) and specs/schemas/events.yaml'),
      `import type * as Models from './models.js';\n`,
      `/** The events the server pushes (\`{ event, data }\` on /ws, GraphQL subscriptions). */`,
      `export const EVENT_NAMES = ${JSON.stringify(events.map((e) => e.name))} as const;\n`,
      `export type EventName = (typeof EVENT_NAMES)[number];\n`,
      `/** Each event's \`data\`. */`,
      `export interface EventData {`,
      ...events.map((e) => `  /** ${e.summary} */\n  ${e.name}: Models.${e.data};`),
      `}\n`,
      `/** What an \`EntityChanged\` can be about (\`EntityType\`). */`,
      `export const ENTITY_TYPES = ${JSON.stringify(entityTypes)} as const;\n`,
      `export type EntityType = (typeof ENTITY_TYPES)[number];\n`,
      `export const ENTITY_ACTIONS = ${JSON.stringify(actions)} as const;\n`,
      `export type EntityAction = (typeof ENTITY_ACTIONS)[number];\n`,
      `/** The schema of each entity type's \`entity\`. */`,
      `export const ENTITY_SCHEMAS = ${JSON.stringify(entitySchemas, null, 2)} as const satisfies Record<EntityType, string>;\n`,
      `/** The entity each type carries. */`,
      `export interface EntityOf {`,
      ...Object.entries(entitySchemas).map(([t, s]) => `  ${t}: Models.${s};`),
      `}\n`,
    ].join('\n'),
  );
}
