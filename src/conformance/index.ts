// The conformance runner: the catalog, verifyReceiver, and the reporters.
export { verifyReceiver } from './runner.js';
export { CATALOG, type CatalogEntry } from './catalog.js';
export {
  CHECK_IDS,
  type CheckId,
  type CheckResult,
  type CheckFailure,
  type CheckOutcome,
  type RecordedRequest,
  type RecordedResponse,
  type Report,
  type VerifyOptions,
} from './types.js';
export { ConformanceUsageError, TargetUnreachableError } from './errors.js';
export {
  DEFAULT_CONCURRENCY,
  DEFAULT_TIMEOUT_MS,
  loadStateMap,
  parseHeaderOption,
} from './options.js';
export {
  REPORTERS,
  formatReport,
  formatJson,
  formatJunit,
  formatPretty,
  type ReporterName,
  type PrettyOptions,
} from './reporters/index.js';
