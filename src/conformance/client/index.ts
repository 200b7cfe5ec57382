// verify-client: the shop's client half, graded against the mock it starts.
export { verifyClient } from './runner.js';
export { CLIENT_CATALOG, type ClientCatalogEntry } from './catalog.js';
export { VERIFY_CLIENT_OPTIONS, DEFAULT_SETTLE_MS } from './option-table.js';
