// Generated from specs/graphql/operations/*.graphql (graphql-codegen) by scripts/generate.ts. Do not edit: change the specs and run `npm run generate`.
/* eslint-disable */
export * from "./gql.js";