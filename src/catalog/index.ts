export { CalculationBook } from './calculations.js';
export type { Calculation, CalculatedProduct } from './calculations.js';
export { catalogProblems, DEFAULT_CATALOG_FILE, loadCatalogFile } from './load-catalog.js';
export { CatalogError, queryError } from './problem.js';
export type { CatalogProblem } from './problem.js';
export { ProductCatalog } from './product-catalog.js';
export { uploaderCallback, UploaderSessions } from './uploader-sessions.js';
export type { NewSession, SessionStatus, UploaderSessionRecord } from './uploader-sessions.js';
export { readPage, readDate, readLanguage, paged } from './paging.js';
