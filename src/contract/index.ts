export * from './statuses.js';
export * from './lifecycle.js';
export * from './expected-state.js';
export * from './schema-ids.js';
export * from './diagnostics.js';
export * from './callback-kind.js';
export { getAjv, listSchemaFiles, PROVENANCES } from './ajv.js';
export { validateWith, validateCallback, validateOrder } from './validate.js';
export * from './validate-document.js';
