import { resolveOptions } from '../../shared/option-spec.js';
import type { ResolvedOptions } from '../../shared/option-spec.js';
import { MOCK_OPTIONS } from './option-table.js';
import type { OrderStore } from '../store/order-store.js';
import type { Catalog } from '../../generated/types.js';

/** The library's options; checked and defaulted by the option table in `option-table.ts`. */
export interface MockOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The scenario of orders that ask for none (default `happy-path`). */
  scenario?: string;
  /** Milliseconds between steps unless a step sets its own `delay` (default 200; invented). */
  stepDelayMs?: number;
  /** Hold every step until `POST /__mock/orders/{id}/advance`. */
  manual?: boolean;
  /** Seed of the fake data (default 1): the same seed gives the same bodies. */
  seed?: number;
  /**
   * When set, only this key (or these keys) is accepted: `Bearer <key>`, `Basic <key>` or
   * `Basic base64(<key>:)`, compared in constant time.
   */
  apiKey?: string | string[];
  /** Calls a minute per token (default 300, documented); 0 turns the limit off. */
  rateLimit?: number;
  /** Retries of a failed delivery (default 3; invented). */
  retries?: number;
  /** Per delivery attempt (default 10 000 ms; invented). */
  timeoutMs?: number;
  /** Wait before the first retry, doubling after (default 250 ms; invented). */
  retryBaseMs?: number;
  /** A folder of the user's own scenario files. */
  scenariosDir?: string;
  /** Journal entries kept in memory (default 10 000). */
  journalLimit?: number;
  /**
   * Deliveries not yet made (one per scenario step and callback URL, queued or still to come)
   * before a new order post gets 503 with `Retry-After` (default 100 000): memory stays bounded
   * whatever the receivers do.
   */
  maxPending?: number;
  /** Orders kept; past it, finished ones are forgotten oldest first, with their journal entries and uploader sessions; as many sessions without an order are kept (default 50 000). */
  orderLimit?: number;
  /** Largest accepted request body (default 1 MiB; invented). */
  maxBodyBytes?: number;
  /** Where orders are kept (default in memory; `openOrderStore('sqlite:FILE')` survives restarts). */
  store?: OrderStore;
  /** On close, how long delivery attempts on the wire may take to finish (default 5000 ms). */
  shutdownGraceMs?: number;
  /**
   * When set, the admin API (`/__mock/`) and the inspector UI need it (`Authorization: Bearer`,
   * `x-probo-mock-admin-token`, or `?admin_token=` once in a browser). Required on a non-loopback host.
   */
  adminToken?: string;
  /**
   * Names besides the bound address, `localhost` and `127.0.0.1` that requests may carry in their
   * `Host` header; any other is refused with 421 (a guard against DNS rebinding).
   */
  allowHosts?: string[];
  /** When set, order posts may only name callback URLs on these hosts (`*.example.com` allowed). */
  allowCallbackHosts?: string[];
  /**
   * Headers sent with every callback (`serve --callback-header "K: V"`), e.g. the shared secret a
   * shop integration expects in `X-Security-Header` (observed). Values are redacted in the
   * journal, the output and the inspector.
   */
  callbackHeaders?: Record<string, string>;
  /**
   * The product catalog of the catalog endpoints: a file (validated at start; a bad one is a
   * clear error) or a catalog object. Default: fixtures/catalog/catalog.json.
   */
  catalog?: string | Catalog;
  /** Refuse order products the catalog does not know, by pointer (default: taken). */
  strictCatalog?: boolean;
  /** Extra hapi plugins registered on the same server (the inspector UI, the docs). */
  plugins?: PluginRegistration[];
}

/** A hapi plugin registration (`{ plugin, options }`), typed loosely: the public types need no hapi. */
export interface PluginRegistration {
  plugin: object;
  options?: unknown;
  routes?: { prefix?: string; vhost?: string | string[] };
}

/** The plugin's own options: everything but what belongs to the server. */
export type MockPluginOptions = Omit<MockOptions, 'port' | 'host' | 'plugins'>;

/** The plugin's options once checked, with their defaults: derived from the option table. */
export type ResolvedMockOptions = ResolvedOptions<Omit<typeof MOCK_OPTIONS, 'port' | 'host'>> & {
  store: OrderStore | undefined;
  catalog: string | Catalog | undefined;
  /** The accepted keys; undefined: any key. */
  apiKey: readonly string[] | undefined;
};

/** The defaults of the option table, by library name. */
export const MOCK_DEFAULTS = {
  port: MOCK_OPTIONS.port.default,
  host: MOCK_OPTIONS.host.default,
  scenario: MOCK_OPTIONS.scenario.default,
  stepDelayMs: MOCK_OPTIONS.stepDelayMs.default,
  seed: MOCK_OPTIONS.seed.default,
  rateLimit: MOCK_OPTIONS.rateLimit.default,
  retries: MOCK_OPTIONS.retries.default,
  timeoutMs: MOCK_OPTIONS.timeoutMs.default,
  retryBaseMs: MOCK_OPTIONS.retryBaseMs.default,
  journalLimit: MOCK_OPTIONS.journalLimit.default,
  maxPending: MOCK_OPTIONS.maxPending.default,
  orderLimit: MOCK_OPTIONS.orderLimit.default,
  maxBodyBytes: MOCK_OPTIONS.maxBodyBytes.default,
  shutdownGraceMs: MOCK_OPTIONS.shutdownGraceMs.default,
} as const;

/** The table less where the server listens: the plugin's own options. */
const PLUGIN_OPTIONS = withoutListen(MOCK_OPTIONS);

function withoutListen<T extends { port: unknown; host: unknown }>(
  table: T,
): Omit<T, 'port' | 'host'> {
  const copy: Partial<T> = { ...table };
  delete copy.port;
  delete copy.host;
  return copy as Omit<T, 'port' | 'host'>;
}

/**
 * Checked once, at registration, against the option table: a bad option is a clear error naming
 * it, never a late surprise.
 */
export function resolveMockOptions(options: MockPluginOptions = {}): ResolvedMockOptions {
  const { catalog } = options;
  // A file path or a catalog object: two types, so checked here rather than by the table.
  if (
    catalog !== undefined &&
    (typeof catalog === 'string'
      ? catalog.length === 0
      : typeof catalog !== 'object' || catalog === null)
  )
    throw new TypeError('bad options: catalog must be a file path or a catalog object');
  const resolved = resolveOptions(PLUGIN_OPTIONS, options);
  return {
    ...resolved,
    store: options.store,
    catalog,
    apiKey: apiKeysOf(options.apiKey),
    allowHosts: resolved.allowHosts?.map((h) => h.toLowerCase().replace(/^\[(.*)\]$/, '$1')),
    allowCallbackHosts: resolved.allowCallbackHosts?.map((h) => h.toLowerCase()),
    callbackHeaders:
      resolved.callbackHeaders && Object.keys(resolved.callbackHeaders).length > 0
        ? { ...resolved.callbackHeaders }
        : undefined,
  };
}

/** Checks where the server listens (`port`, `host`) against the table; defaults when absent. */
export function resolveListenOptions(options: {
  port?: number | undefined;
  host?: string | undefined;
}): {
  port: number;
  host: string;
} {
  return resolveOptions({ port: MOCK_OPTIONS.port, host: MOCK_OPTIONS.host }, options);
}

/** `apiKey`: one key or a non-empty list of them, each a non-empty string. */
function apiKeysOf(value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined;
  const keys = Array.isArray(value) ? (value as unknown[]) : [value];
  if (keys.length === 0 || !keys.every((k) => typeof k === 'string' && k.length > 0))
    throw new TypeError(
      `bad options: apiKey must be a non-empty string or a non-empty list of them (got ${JSON.stringify(value)})`,
    );
  return [...(keys as string[])];
}
