import { DEFAULT_JOURNAL_LIMIT } from '../../delivery/journal.js';
import { DEFAULT_SCENARIO } from '../../scenarios/registry.js';
import type { OrderStore } from '../store/order-store.js';

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
  /** When set, only this key is accepted: `Bearer <apiKey>`, `Basic <apiKey>` or `Basic base64(<apiKey>:)`. */
  apiKey?: string;
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
  /** Largest accepted request body (default 1 MiB; invented). */
  maxBodyBytes?: number;
  /** Where orders are kept (default in memory; `openOrderStore('sqlite:FILE')` survives restarts). */
  store?: OrderStore;
  /** On close, how long delivery attempts on the wire may take to finish (default 0 ms). */
  shutdownGraceMs?: number;
  /**
   * When set, the admin API (`/__mock/`) and the inspector UI need it (`Authorization: Bearer`,
   * `x-probo-mock-admin-token`, or `?admin_token=` once in a browser). Required on a non-loopback host.
   */
  adminToken?: string;
  /** When set, order posts may only name callback URLs on these hosts (`*.example.com` allowed). */
  allowCallbackHosts?: string[];
  /**
   * Headers sent with every callback (`serve --callback-header "K: V"`), e.g. the shared secret a
   * shop integration expects in `X-Security-Header` (observed). Values are redacted in the
   * journal, the output and the inspector.
   */
  callbackHeaders?: Record<string, string>;
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

export interface ResolvedMockOptions {
  scenario: string;
  stepDelayMs: number;
  manual: boolean;
  seed: number;
  apiKey: string | undefined;
  rateLimit: number;
  retries: number;
  timeoutMs: number;
  retryBaseMs: number;
  scenariosDir: string | undefined;
  journalLimit: number;
  maxBodyBytes: number;
  store: OrderStore | undefined;
  shutdownGraceMs: number;
  adminToken: string | undefined;
  allowCallbackHosts: string[] | undefined;
  callbackHeaders: Record<string, string> | undefined;
}

export const MOCK_DEFAULTS = {
  port: 4010,
  host: '127.0.0.1',
  scenario: DEFAULT_SCENARIO,
  stepDelayMs: 200,
  seed: 1,
  rateLimit: 300,
  retries: 3,
  timeoutMs: 10_000,
  retryBaseMs: 250,
  journalLimit: DEFAULT_JOURNAL_LIMIT,
  maxBodyBytes: 1024 * 1024,
  shutdownGraceMs: 0,
} as const;

/** Checked once, at registration: a bad option is a clear error, never a late surprise. */
export function resolveMockOptions(options: MockPluginOptions = {}): ResolvedMockOptions {
  const problems: string[] = [];
  const int = (
    name: keyof MockPluginOptions,
    value: unknown,
    min: number,
    fallback: number,
  ): number => {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      problems.push(`${name} must be an integer of ${min} or more (got ${JSON.stringify(value)})`);
      return fallback;
    }
    return value;
  };
  const text = (name: keyof MockPluginOptions, value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.length === 0) {
      problems.push(`${name} must be a non-empty string`);
      return undefined;
    }
    return value;
  };
  if (options.manual !== undefined && typeof options.manual !== 'boolean')
    problems.push('manual must be a boolean');
  const hosts = options.allowCallbackHosts;
  if (
    hosts !== undefined &&
    (!Array.isArray(hosts) || hosts.some((h) => typeof h !== 'string' || !/^[\w.*:[\]-]+$/.test(h)))
  )
    problems.push(
      'allowCallbackHosts must be a list of host names (e.g. shop.example or *.shop.example)',
    );
  const headers = options.callbackHeaders;
  if (
    headers !== undefined &&
    (typeof headers !== 'object' ||
      headers === null ||
      Array.isArray(headers) ||
      Object.entries(headers).some(
        ([name, value]) =>
          !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name) ||
          typeof value !== 'string' ||
          /[\r\n]/.test(value),
      ))
  )
    problems.push(
      'callbackHeaders must map header names to one-line string values (e.g. {"X-Security-Header": "s3cret"})',
    );
  const resolved: ResolvedMockOptions = {
    scenario: text('scenario', options.scenario) ?? MOCK_DEFAULTS.scenario,
    stepDelayMs: int('stepDelayMs', options.stepDelayMs, 0, MOCK_DEFAULTS.stepDelayMs),
    manual: options.manual === true,
    seed: int('seed', options.seed, 0, MOCK_DEFAULTS.seed),
    apiKey: text('apiKey', options.apiKey),
    rateLimit: int('rateLimit', options.rateLimit, 0, MOCK_DEFAULTS.rateLimit),
    retries: int('retries', options.retries, 0, MOCK_DEFAULTS.retries),
    timeoutMs: int('timeoutMs', options.timeoutMs, 1, MOCK_DEFAULTS.timeoutMs),
    retryBaseMs: int('retryBaseMs', options.retryBaseMs, 0, MOCK_DEFAULTS.retryBaseMs),
    scenariosDir: text('scenariosDir', options.scenariosDir),
    journalLimit: int('journalLimit', options.journalLimit, 1, MOCK_DEFAULTS.journalLimit),
    maxBodyBytes: int('maxBodyBytes', options.maxBodyBytes, 1, MOCK_DEFAULTS.maxBodyBytes),
    store: options.store,
    shutdownGraceMs: int(
      'shutdownGraceMs',
      options.shutdownGraceMs,
      0,
      MOCK_DEFAULTS.shutdownGraceMs,
    ),
    adminToken: text('adminToken', options.adminToken),
    allowCallbackHosts: hosts?.map((h) => h.toLowerCase()),
    callbackHeaders: headers && Object.keys(headers).length > 0 ? { ...headers } : undefined,
  };
  if (problems.length > 0) throw new TypeError(`bad options: ${problems.join('; ')}`);
  return resolved;
}
