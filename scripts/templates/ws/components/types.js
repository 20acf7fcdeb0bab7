/**
 * JSON Schema -> TypeScript for the message envelopes. Payloads of operation actions are not
 * rendered here: they are the catalogue's OperationInput/OperationOutput types. Objects with a
 * title that come from specs/schemas (not the document's own components) are the named types of
 * generated/models.ts, imported as `Models`.
 */

const quote = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const literal = (value) => (typeof value === 'string' ? quote(value) : JSON.stringify(value));

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name));

/** Whether the schema is a shared one of specs/schemas (the parser names the document's own by component key). */
function isSharedModel(schema, localSchemaIds) {
  return schema.title() !== undefined && schema.type() === 'object' && !localSchemaIds.has(schema.id());
}

export function localSchemaIds(asyncapi) {
  return new Set(
    asyncapi
      .components()
      .schemas()
      .all()
      .map((s) => s.id()),
  );
}

/** The TypeScript type of a schema, on one line. */
export function schemaType(schema, local) {
  if (isSharedModel(schema, local)) return `Models.${schema.title()}`;
  if (schema.const() !== undefined) return literal(schema.const());
  if (schema.enum()) return schema.enum().map(literal).join(' | ');
  if (schema.allOf())
    return schema
      .allOf()
      .map((s) => schemaType(s, local))
      .join(' & ');
  const union = schema.oneOf() ?? schema.anyOf();
  if (union) return union.map((s) => schemaType(s, local)).join(' | ');
  const type = schema.type();
  if (Array.isArray(type)) return type.map((t) => primitive(t, schema, local)).join(' | ');
  return type === undefined ? 'unknown' : primitive(type, schema, local);
}

function primitive(type, schema, local) {
  switch (type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array': {
      const items = schema.items();
      return `Array<${items && !Array.isArray(items) ? schemaType(items, local) : 'unknown'}>`;
    }
    case 'object':
      return schema.properties() ? `{ ${members(schema, local).join('; ')} }` : 'Record<string, unknown>';
    default:
      return 'unknown';
  }
}

/**
 * The members of an object schema, `name: Type` or `name?: Type`; `override(name)` may supply a
 * member's type instead of its schema.
 */
export function members(schema, local, override = () => undefined) {
  const required = new Set(schema.required() ?? []);
  return Object.entries(schema.properties() ?? {}).map(
    ([name, prop]) => `${key(name)}${required.has(name) ? '' : '?'}: ${override(name) ?? schemaType(prop, local)}`,
  );
}
