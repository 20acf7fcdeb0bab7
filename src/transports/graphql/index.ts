/**
 * The GraphQL transport (specs/graphql/schema.graphql): over HTTP at /graphql and over graphql-ws on
 * the same path. Root fields run operations through `execute`; nested fields batch through DataLoaders.
 */
export { createGraphqlHandler } from './http.js';
export { createGraphqlWs, type GraphqlWs } from './ws.js';
