export { startMock, createMockServer } from './server.js';
export type { RunningMock } from './server.js';
export { proboMockPlugin, mockEngineOf, PLUGIN_NAME } from './http/plugin.js';
export type { ProboMockExposed } from './http/plugin.js';
export { MOCK_DEFAULTS, resolveMockOptions } from './engine/options.js';
export { MOCK_OPTIONS } from './engine/option-table.js';
export type { MockOptions, MockPluginOptions, ResolvedMockOptions } from './engine/options.js';
export { MemoryOrderStore } from './store/order-store.js';
export { openOrderStore, STORE_SPEC_HELP } from './store/store-spec.js';
export { isDurableStore } from './store/durable-store.js';
export type { DurableOrderStore, PendingDelivery } from './store/durable-store.js';
export type { SqliteOrderStore } from './store/sqlite-store.js';
export { isLoopbackHost, ADMIN_TOKEN_HEADER, ADMIN_TOKEN_QUERY } from './http/admin-guard.js';
export { JSON_BODY_LIMITS, parseJsonBody } from './http/json-body.js';
export type { JsonBodyLimits, JsonBodyResult } from './http/json-body.js';
export type {
  OrderStore,
  OrderRecord,
  OrderChange,
  OrderListener,
  StatusChange,
  DeliverySummary,
} from './store/order-store.js';
export { MockEngine } from './engine/engine.js';
export { MockDomainError } from './engine/domain-error.js';
export type { DomainErrorCode } from './engine/domain-error.js';
export { proboError, ERROR_STATUS } from './http/probo-error.js';
export type { ErrorCode, ProboError } from './http/probo-error.js';
export { orderWarnings } from './engine/order-warnings.js';
export type { OrderWarning } from './engine/order-warnings.js';
export { SCENARIO_HEADER, chooseScenario } from './engine/scenario-choice.js';
export type { ScenarioChoice } from './engine/scenario-choice.js';
export { RateLimiter } from './http/rate-limiter.js';
