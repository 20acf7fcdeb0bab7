/**
 * The one `graphql` module instance of the process. graphql-js checks `instanceof` across its classes
 * (schema, GraphQLError), so the schema built here and the graphql-ws server (and graphql-armor) must
 * share one copy. Node resolves the bare `graphql` to its CommonJS `index.js` for every package, but
 * Vite-based runners (vitest) resolve it to `index.mjs` for our sources only, which would give two
 * copies in tests. Importing the file by its path resolves the same way everywhere.
 */
export * from 'graphql/index.js';
