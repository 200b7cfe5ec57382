export { startMock, createMockServer } from './server.js';
export type { RunningMock } from './server.js';
export { proboMockPlugin, mockEngineOf, PLUGIN_NAME } from './plugin.js';
export type { ProboMockExposed } from './plugin.js';
export { MOCK_DEFAULTS, resolveMockOptions } from './options.js';
export type { MockOptions, MockPluginOptions, ResolvedMockOptions } from './options.js';
export { MemoryOrderStore } from './order-store.js';
export { openOrderStore, STORE_SPEC_HELP } from './store-spec.js';
export { isDurableStore } from './durable-store.js';
export type { DurableOrderStore, PendingDelivery } from './durable-store.js';
export type { SqliteOrderStore } from './sqlite-store.js';
export { isLoopbackHost, ADMIN_TOKEN_HEADER } from './admin-guard.js';
export { JSON_BODY_LIMITS, parseJsonBody } from './json-body.js';
export type { JsonBodyLimits, JsonBodyResult } from './json-body.js';
export type {
  OrderStore,
  OrderRecord,
  OrderChange,
  OrderListener,
  StatusChange,
  DeliverySummary,
} from './order-store.js';
export { MockEngine } from './engine.js';
export { MockRequestError } from './mock-request-error.js';
export { SCENARIO_HEADER, chooseScenario } from './scenario-choice.js';
export type { ScenarioChoice } from './scenario-choice.js';
export { RateLimiter } from './rate-limiter.js';
