// The public library surface of probo-mock: what the README documents, each name exported on
// purpose (test/unit/public-api.test.ts lists the runtime names, so a change here is deliberate).
// Everything else under src/ is internal and may change in any release. The public types need no
// dependency's types (test/unit/public-types.test.ts compiles a consumer without them), so the
// few hapi objects the mock hands out are seen through the small interfaces declared below.
import {
  createMockServer as createHapiMockServer,
  startMock as startHapiMock,
} from './mock/server.js';
import { proboMockPlugin as hapiPlugin } from './mock/http/plugin.js';
import type { MockOptions, MockPluginOptions } from './mock/engine/options.js';
import type { Journal } from './delivery/journal.js';
import type { OrderStore } from './mock/store/order-store.js';

// ---- the mock ------------------------------------------------------------------------------

/** The options of `startMock` and `createMockServer`: those of `probo-mock serve`, plus `plugins`. */
export type { MockOptions, MockPluginOptions, PluginRegistration } from './mock/engine/options.js';

/** A request for `MockServer.inject`: hapi's `server.inject` options (no network). */
export interface MockInjectOptions {
  method?: string;
  url: string;
  headers?: Record<string, string | string[]>;
  payload?: string | object | Buffer;
  remoteAddress?: string;
}

/** The answer of `MockServer.inject`. */
export interface MockInjectResponse {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  payload: string;
  result?: unknown;
}

/** The hapi server of the mock, seen through what a test needs; it is a full hapi `Server`. */
export interface MockServer {
  readonly info: { uri: string; port: number | string; host: string; address?: string | undefined };
  inject(options: string | MockInjectOptions): Promise<MockInjectResponse>;
  start(): Promise<void>;
  stop(options?: { timeout?: number }): Promise<void>;
}

/** A started mock: its base URL, server, journal and orders; `idle()` resolves when all is sent. */
export interface RunningMock {
  /** Base URL, e.g. `http://127.0.0.1:4010`: a shop's Probo base URL during tests. */
  url: string;
  server: MockServer;
  journal: Journal;
  orders: OrderStore;
  /** Stops the server and every delivery. */
  close(): Promise<void>;
  /** Resolves when no delivery is pending or in flight (held `--manual` steps aside). */
  idle(): Promise<void>;
}

/** Starts the mock Probo API; `port: 0` picks a free port (see `url`). */
export const startMock = startHapiMock as (options?: MockOptions) => Promise<RunningMock>;

/** The mock's hapi server with everything registered, not started: for `server.inject`. */
export const createMockServer = createHapiMockServer as (
  options?: MockOptions,
) => Promise<MockServer>;

/** The mock Probo API as a hapi plugin (its options checked once, at registration). */
export const proboMockPlugin = hapiPlugin as {
  name: string;
  register(server: never, options: MockPluginOptions): void | Promise<void>;
};

export type { JournalEntry, JournalQuery, DeliveryOutcome } from './delivery/journal.js';
export type { OrderStore, OrderRecord } from './mock/store/order-store.js';

// ---- verify: the conformance runner ----------------------------------------------------------

/** Runs the conformance catalog against a receiver and resolves to the report. */
export { verifyReceiver } from './conformance/runner.js';
/** Every check: id, title, what it sends and expects, a hint, whether it needs the state hook. */
export { CATALOG } from './conformance/catalog.js';
/** The fixed check ids, in report order. */
export { CHECK_IDS } from './conformance/types.js';
/** Thrown by `verifyReceiver` for bad options (the CLI's exit 2). */
export { ConformanceUsageError } from './conformance/errors.js';
/** Thrown by `verifyReceiver` when the target does not answer at all (the CLI's exit 2). */
export { TargetUnreachableError } from './conformance/errors.js';
/** Prints a report as the CLI does: `formatReport(report, 'pretty' | 'json' | 'junit' | 'markdown' | 'html')`. */
export { formatReport } from './conformance/reporters/index.js';
/** The reporters one by one, and their names. */
export { formatPretty, formatJson, formatJunit, REPORTERS } from './conformance/reporters/index.js';
/** The report as GitHub Markdown (a job summary), and as one self-contained HTML page. */
export { formatMarkdown, formatHtml } from './conformance/reporters/index.js';
export type { CatalogEntry } from './conformance/catalog.js';
export type {
  CheckId,
  CheckResult,
  CheckFailure,
  CheckOutcome,
  RecordedRequest,
  RecordedResponse,
  Report,
  SharedCause,
  ExploreProgress,
  VerifyOptions,
} from './conformance/types.js';
export type {
  ReporterName,
  ReportFormat,
  PrettyOptions,
  DocumentOptions,
} from './conformance/reporters/index.js';

// ---- verify-client: the shop's client half -----------------------------------------------------

/** Starts the mock and grades the shop's client half through its hooks; the same report shape. */
export { verifyClient } from './conformance/client/runner.js';
/** Every client check: id, title, what it plays and expects, the real bug it stands for. */
export { CLIENT_CATALOG } from './conformance/client/catalog.js';
/** The fixed client check ids, in report order. */
export { CLIENT_CHECK_IDS } from './conformance/types.js';
export type { ClientCatalogEntry } from './conformance/client/catalog.js';
export type {
  ClientCheckId,
  VerifyClientOptions,
  ApiCallSeen,
  CallbackSent,
  RunStart,
} from './conformance/types.js';

// ---- validate: the contract ----------------------------------------------------------------

/** Validates a callback body against the message schema its status picks. */
export { validateCallback } from './contract/validate.js';
/** Validates an order post (`POST /order` body). */
export { validateOrder } from './contract/validate.js';
/** Validates a body against any schema by its `$id` (see `schemaId`). */
export { validateWith } from './contract/validate.js';
/** Validates a callback or an order, telling which by its shape unless `kind` is given. */
export { validateDocument } from './contract/validate-document.js';
/** The `$id` of a schema by its path under schemas/, e.g. `schemaId('api/order-post')`. */
export { schemaId } from './contract/schema-ids.js';
export type { Diagnostic, ValidationResult } from './contract/diagnostics.js';
export type { DocumentKind, DocumentValidation } from './contract/validate-document.js';

/** Every callback status, in lifecycle order (from the schemas). */
export { STATUSES } from './contract/statuses.js';
/** Each status's meaning, rank, message text and provenance. */
export { STATUS_CATALOG } from './contract/statuses.js';
/** Whether a value is a current status. */
export { isProboStatus } from './contract/statuses.js';
/** The documented happy path, in order. */
export { HAPPY_PATH } from './contract/lifecycle.js';
/** Whether an order in one status may move to another (the rule the `state-*` checks expect). */
export { canTransition } from './contract/lifecycle.js';
export type {
  ProboStatus,
  NotAcceptedVariant,
  StatusInfo,
  Provenance,
} from './contract/statuses.js';
/** Every type generated from schemas/ (one per message, the `ProboCallback` union, `OrderPost`, …). */
export type * from './generated/types.js';

// ---- the fake builders -----------------------------------------------------------------------

/** The seeded facts of one order (customer, address, carrier, …) every builder reads. */
export { createOrderContext } from './fake/order-context.js';
/** A valid callback body for a status; same context and seed, same bytes. */
export { buildCallback } from './fake/callback.js';
/** A callback with only the required fields. */
export { minimalCallback } from './fake/callback.js';
/** One shipped package with carrier track and trace data. */
export { shippedPackage } from './fake/callback.js';
/** A valid, seeded order post of a product kind. */
export { buildOrder } from './fake/order.js';
export type { OrderContext, OrderIdentity } from './fake/order-context.js';
export type { BuildCallbackOptions } from './fake/callback.js';
export type { BuildOrderOptions, ProductKind } from './fake/order.js';

// ---- scenarios and delivery ----------------------------------------------------------------

/** Delivers one scenario straight to a receiver, no order post (the `trigger` command). */
export { triggerScenario } from './scenarios/trigger.js';
/** The built-in scenarios, plus those of a folder. */
export { loadScenarios } from './scenarios/registry.js';
/** Expands a scenario into its delivery plan for one order. */
export { planScenario } from './scenarios/plan.js';
/** A scenario file that is not valid, with the reason. */
export { ScenarioError } from './scenarios/scenario-error.js';
/** Delivers callbacks in order per order and URL, with retries, into a journal. */
export { Dispatcher } from './delivery/dispatcher.js';
/** Every delivery attempt, queryable by order, status and outcome. */
export { Journal } from './delivery/journal.js';
export type { TriggerOptions, TriggerResult, TriggerDelivery } from './scenarios/trigger.js';
export type { ScenarioEntry, ScenarioRegistry } from './scenarios/registry.js';
export type { PlannedStep, PlanOptions } from './scenarios/plan.js';
export type { DeliveryRequest, DeliveryResult, DispatcherOptions } from './delivery/dispatcher.js';

// ---- the reference receiver, the demo, the docs ----------------------------------------------

/** Runs the reference receiver (with its test hooks): the example integrators copy. */
export { startReceiver } from './receiver/server.js';
/** Runs the reference shop (client, receiver and the verify-client hooks): the example to copy. */
export { startReferenceShop } from './receiver/reference-shop.js';
/** The reference shop's client of Probo's order API: retries with the same id, honours 429. */
export { ProboClient } from './receiver/probo-client.js';
/** Mock + reference receiver + verify together (`probo-mock demo`). */
export { runDemo } from './demo/run-demo.js';
/** The static docs site as files in memory. */
export { buildSite } from './docs/build-site.js';
/** Writes the static docs site to a folder (`probo-mock docs --out DIR`). */
export { writeSite } from './docs/write-site.js';
/** The OpenAPI 3.1 document of the mock's API (`probo-mock openapi`). */
export { buildOpenApi } from './docs/openapi.js';
export type { ReceiverOptions, RunningReceiver } from './receiver/server.js';
export type { ReferenceShopOptions, RunningShop } from './receiver/reference-shop.js';
export type { ProboClientOptions, PlaceOutcome } from './receiver/probo-client.js';
export type { DemoOptions, DemoResult } from './demo/run-demo.js';
export type { Site } from './docs/build-site.js';
export type { WriteSiteResult } from './docs/write-site.js';
