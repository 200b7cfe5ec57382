// The conformance runner: the catalog, verifyReceiver, and the reporters.
export { verifyReceiver } from './runner.js';
export { CATALOG, type CatalogEntry } from './catalog.js';
export {
  CHECK_IDS,
  type CheckId,
  type CheckResult,
  type CheckFailure,
  type CheckOutcome,
  type ExploreProgress,
  type ExploreSummary,
  type SharedCause,
  type RecordedRequest,
  type RecordedResponse,
  type Report,
  type RunStart,
  type StateMapInput,
  type StateRead,
  type StoryEntry,
  type OrderIdFormat,
  ORDER_ID_FORMATS,
  type VerifyOptions,
} from './types.js';
export { ConformanceUsageError, RunInterrupted, TargetUnreachableError } from './errors.js';
export {
  DEFAULT_CONCURRENCY,
  DEFAULT_PARALLEL,
  DEFAULT_TIMEOUT_MS,
  loadStateMap,
  parseHeaderOption,
} from './options.js';
export { VERIFY_OPTIONS } from './option-table.js';
export { UUID_V4 } from './order-ids.js';
export { PROBE_BODY } from './target-probe.js';
export {
  REPORTERS,
  formatReport,
  formatHtml,
  formatJson,
  formatJunit,
  formatMarkdown,
  formatPretty,
  formatPrettyHead,
  formatPrettyLine,
  formatPrettyTail,
  type ReporterName,
  type ReportFormat,
  type PrettyOptions,
  type DocumentOptions,
} from './reporters/index.js';
