import { DEFAULT_JOURNAL_LIMIT } from '../../delivery/journal.js';
import { RUN_OPTIONS } from '../../scenarios/run-options.js';
import type { OptionSpec } from '../../shared/option-spec.js';

/**
 * Every option of the mock, declared once: the library (`MockOptions`) checks and defaults with
 * it, `serve` declares its flags with it. An option with no `flag` is the library's alone; one
 * with no `name` is a flag the CLI turns into something else (`--store` opens an OrderStore).
 */
export const MOCK_OPTIONS = {
  port: {
    name: 'port',
    flag: 'port',
    kind: 'port',
    default: 4010,
    help: 'Port to listen on (0 = any free port)',
  },
  host: {
    name: 'host',
    flag: 'host',
    kind: 'string',
    default: '127.0.0.1',
    help: 'Address to bind',
  },
  scenario: RUN_OPTIONS.scenario,
  stepDelayMs: RUN_OPTIONS.stepDelayMs,
  manual: {
    name: 'manual',
    flag: 'manual',
    kind: 'boolean',
    default: false,
    help: 'Hold every step until POST /__mock/orders/{id}/advance',
  },
  seed: RUN_OPTIONS.seed,
  // A string or a list in the library (`apiKey`), checked by resolveMockOptions.
  apiKey: {
    flag: 'api-key',
    kind: 'strings',
    defaultText: 'any key, or PROBO_MOCK_API_KEY=k1,k2',
    help: 'Accept only this key, Bearer or Basic (repeatable)',
  },
  rateLimit: {
    name: 'rateLimit',
    flag: 'rate-limit',
    kind: 'integer',
    min: 0,
    default: 300,
    help: 'Calls a minute per token (documented: 300); 0 = off',
  },
  retries: RUN_OPTIONS.retries,
  timeoutMs: RUN_OPTIONS.timeoutMs,
  retryBaseMs: RUN_OPTIONS.retryBaseMs,
  scenariosDir: RUN_OPTIONS.scenariosDir,
  journalLimit: {
    name: 'journalLimit',
    flag: 'journal-limit',
    kind: 'integer',
    min: 1,
    default: DEFAULT_JOURNAL_LIMIT,
    help: 'Delivery attempts kept in memory',
  },
  maxPending: {
    name: 'maxPending',
    flag: 'max-pending',
    kind: 'integer',
    min: 1,
    default: 100_000,
    help: 'Deliveries not yet made (one per step and callback URL) before new order posts get 503',
  },
  orderLimit: {
    name: 'orderLimit',
    flag: 'order-limit',
    kind: 'integer',
    min: 1,
    default: 50_000,
    help: 'Orders kept; past it, finished orders are forgotten oldest first (with their journal entries and uploader sessions); as many uploader sessions without an order are kept',
  },
  maxBodyBytes: {
    name: 'maxBodyBytes',
    kind: 'integer',
    min: 1,
    default: 1024 * 1024,
    help: 'Largest accepted request body (invented default)',
  },
  store: {
    flag: 'store',
    kind: 'string',
    default: 'memory',
    help: 'Where orders, pending deliveries and the journal live: memory, or sqlite:FILE (survives a crash or restart)',
  },
  shutdownGraceMs: {
    name: 'shutdownGraceMs',
    flag: 'shutdown-grace',
    kind: 'integer',
    min: 0,
    default: 5_000,
    help: 'On close (SIGTERM/SIGINT), milliseconds delivery attempts in flight may take to finish',
  },
  adminToken: {
    name: 'adminToken',
    flag: 'admin-token',
    kind: 'string',
    defaultText: 'PROBO_MOCK_ADMIN_TOKEN, else none',
    help: 'Require this token for the admin API and the inspector UI (required when --host is not a loopback address)',
  },
  allowHosts: {
    name: 'allowHosts',
    flag: 'allow-host',
    kind: 'strings',
    items: { pattern: /^(?:[\w.-]+|\[?[\da-fA-F:.]+\]?)$/, are: 'host names or IP addresses' },
    defaultText: 'the bound address, localhost, 127.0.0.1',
    help: 'Also answer requests whose Host is this name (repeatable); any other Host gets 421',
  },
  allowCallbackHosts: {
    name: 'allowCallbackHosts',
    flag: 'allow-callback-host',
    kind: 'strings',
    items: {
      pattern: /^[\w.*:[\]-]+$/,
      are: 'host names (e.g. shop.example or *.shop.example)',
    },
    defaultText: 'any host',
    help: 'Only accept callback URLs on these hosts (repeatable)',
  },
  callbackHeaders: {
    name: 'callbackHeaders',
    flag: 'callback-header',
    kind: 'headers',
    defaultText: 'PROBO_MOCK_CALLBACK_HEADERS (K: V lines), else none',
    help: 'Send this header with every callback, e.g. "X-Security-Header: s3cret" (repeatable; values redacted in the journal, output and inspector)',
  },
  catalog: {
    flag: 'catalog',
    kind: 'string',
    defaultText: 'the seeded catalog',
    help: 'Your own product catalog (JSON, schemas/catalog/catalog.schema.json)',
  },
  strictCatalog: {
    name: 'strictCatalog',
    flag: 'strict-catalog',
    kind: 'boolean',
    default: false,
    help: 'Refuse orders whose product codes the catalog does not know (default: taken)',
  },
} as const satisfies Record<string, OptionSpec>;
