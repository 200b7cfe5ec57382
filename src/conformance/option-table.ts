import type { OptionSpec } from '../shared/option-spec.js';
import { DEFAULT_CONCURRENCY, DEFAULT_PARALLEL, DEFAULT_TIMEOUT_MS } from './defaults.js';
import { REPORT_OPTIONS, SELECTION_OPTIONS } from './shared-option-table.js';
import { ORDER_ID_FORMATS } from './types.js';

// Imported by `verify --help`: it imports nothing heavy (no check catalog, no reporters).

/**
 * Every option of `verifyReceiver` and flag of `probo-mock verify`, declared once (the shared
 * OptionSpec of src/shared/option-spec.ts): `resolveOptions` in ./options.ts checks and defaults
 * the library's options with it, the CLI declares and checks its flags with it. An entry with no
 * `name` is a flag the CLI handles itself (the report files, the state map file).
 */
export const VERIFY_OPTIONS = {
  target: {
    name: 'target',
    flag: 'target',
    kind: 'url',
    required: true,
    help: 'the receiver URL, as in callback_urls',
  },
  stateUrl: {
    name: 'stateUrl',
    flag: 'state-url',
    kind: 'url',
    template: '{id}',
    help: 'state hook, {id} = URL-encoded order id; enables the state-* checks',
  },
  setupUrl: {
    name: 'setupUrl',
    flag: 'setup-url',
    kind: 'url',
    help: 'POSTed {"id","reference"} for every fresh order first; an answer {"id": "…"} sets the order id',
  },
  effectsUrl: {
    name: 'effectsUrl',
    flag: 'effects-url',
    kind: 'url',
    template: '{id}',
    help: 'effects hook, {id} = URL-encoded order id: a GET answering a JSON array of the side effects done for the order; enables applies-effects-once',
  },
  statePointer: {
    name: 'statePointer',
    flag: 'state-pointer',
    kind: 'pointer',
    defaultText: '"/status"',
    help: 'JSON pointer to the status in the state answer',
  },
  stateMap: {
    flag: 'state-map',
    kind: 'string',
    help: 'JSON file: the receiver\'s words → a Probo status or an array of them, e.g. {"shipped": ["shipment_created", "shipment_in_transit"]}',
  },
  stateSupplierPointer: {
    name: 'stateSupplierPointer',
    flag: 'state-supplier-pointer',
    kind: 'pointer',
    help: "JSON pointer to Probo's order number in the state answer; enables state-records-supplier-order-number",
  },
  stateTrackingPointer: {
    name: 'stateTrackingPointer',
    flag: 'state-tracking-pointer',
    kind: 'pointer',
    help: 'JSON pointer to the tracking data (string or array) in the state answer; enables state-records-tracking',
  },
  orderIdFormat: {
    name: 'orderIdFormat',
    flag: 'order-id-format',
    kind: 'string',
    choices: ORDER_ID_FORMATS,
    default: 'prefixed',
    help: 'prefixed: pm-<run>-<check>-<n>; uuid: RFC 4122 v4 drawn from the seed and run id',
  },
  runId: {
    name: 'runId',
    flag: 'run-id',
    kind: 'string',
    // It goes into order ids and URLs.
    items: { pattern: /^[A-Za-z0-9_-]{1,64}$/, are: '1 to 64 letters, digits, "-" or "_"' },
    defaultText: 'fresh per run',
    help: 'fix the run id; with --seed the requests are the same bytes every run',
  },
  ...SELECTION_OPTIONS,
  timeoutMs: {
    name: 'timeoutMs',
    flag: 'timeout',
    kind: 'integer',
    min: 1,
    max: 600_000,
    default: DEFAULT_TIMEOUT_MS,
    help: 'ms per request',
  },
  parallel: {
    name: 'parallel',
    flag: 'parallel',
    kind: 'integer',
    min: 1,
    max: 256,
    default: DEFAULT_PARALLEL,
    help: 'requests in flight at the target at most, outside handles-concurrent-burst',
  },
  concurrency: {
    name: 'concurrency',
    flag: 'concurrency',
    kind: 'integer',
    min: 1,
    max: 1000,
    default: DEFAULT_CONCURRENCY,
    help: 'messages at once in handles-concurrent-burst',
  },
  seed: {
    name: 'seed',
    flag: 'seed',
    kind: 'integer',
    min: 0,
    max: 2 ** 31 - 1,
    defaultText: 'random, printed',
    help: 'seed for reproducible bodies',
  },
  explore: {
    name: 'explore',
    flag: 'explore',
    kind: 'integer',
    min: 0,
    // The histories are drawn before the run (one seeded stream): 100,000 is some minutes of HTTP.
    max: 100_000,
    default: 0,
    help: 'random Probo histories for explores-histories (needs --state-url); the first failure is shrunk to the smallest history',
  },
  saveFailures: {
    name: 'saveFailures',
    flag: 'save-failures',
    kind: 'string',
    help: "folder for explores-histories' shrunk failure, as a scenario file that trigger replays",
  },
  headers: {
    name: 'headers',
    flag: 'header',
    kind: 'headers',
    help: 'extra request header "Name: value" (repeatable); values are redacted in reports',
  },
  ...REPORT_OPTIONS,
} as const satisfies Record<string, OptionSpec>;
