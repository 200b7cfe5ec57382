import { MOCK_OPTIONS } from '../../mock/engine/option-table.js';
import type { OptionSpec } from '../../shared/option-spec.js';
import { DEFAULT_TIMEOUT_MS } from '../defaults.js';
import { REPORT_OPTIONS, SELECTION_OPTIONS } from '../shared-option-table.js';

// Imported by `verify-client --help`: it imports nothing heavy (no check catalog, no mock).

/** How long a client check waits for the shop's outcome, by default (ms). */
export const DEFAULT_SETTLE_MS = 5000;

/**
 * Every option of `verifyClient` and flag of `probo-mock verify-client`, declared once (the
 * shared OptionSpec of src/shared/option-spec.ts): `resolveClientOptions` checks and defaults the
 * library's options with it, the CLI declares and checks its flags with it. An entry with no
 * `name` is a flag the CLI handles itself (the report files, the state map file).
 */
export const VERIFY_CLIENT_OPTIONS = {
  placeUrl: {
    name: 'placeUrl',
    flag: 'place-url',
    kind: 'url',
    required: true,
    help: 'place hook: POSTed {"reference","check"}, the shop places one order through its own code and answers 2xx (optionally {"id": "…"})',
  },
  stateUrl: {
    name: 'stateUrl',
    flag: 'state-url',
    kind: 'url',
    template: '{id}',
    required: true,
    help: 'state hook, {id} = URL-encoded order id',
  },
  pollUrl: {
    name: 'pollUrl',
    flag: 'poll-url',
    kind: 'url',
    help: 'poll hook: POSTed {"id"}, the shop reconciles that order now; enables client-reconciles-missed-callbacks',
  },
  cancelUrl: {
    name: 'cancelUrl',
    flag: 'cancel-url',
    kind: 'url',
    help: 'cancel hook: POSTed {"id"}, the shop cancels that order through its own code; enables client-cancels-order',
  },
  stateMap: {
    flag: 'state-map',
    kind: 'string',
    help: 'JSON file: the shop\'s words → a Probo status or an array of them, e.g. {"shipped": ["shipment_created", "shipment_in_transit"]}',
  },
  statePointer: {
    name: 'statePointer',
    flag: 'state-pointer',
    kind: 'pointer',
    defaultText: '"/status"',
    help: 'JSON pointer to the status in the state answer',
  },
  // Where the mock listens, as `serve` declares it: the shop's Probo base URL is http://HOST:PORT.
  port: MOCK_OPTIONS.port,
  host: MOCK_OPTIONS.host,
  apiKey: {
    name: 'apiKey',
    flag: 'api-key',
    kind: 'string',
    defaultText: 'any key',
    help: 'the only API key the mock takes',
  },
  headers: {
    name: 'headers',
    flag: 'header',
    kind: 'headers',
    help: 'header "Name: value" sent with every hook request (repeatable); redacted in reports',
  },
  ...SELECTION_OPTIONS,
  settleMs: {
    name: 'settleMs',
    flag: 'settle',
    kind: 'integer',
    min: 1,
    max: 600_000,
    default: DEFAULT_SETTLE_MS,
    help: "ms a check waits for the shop's outcome (its posts, retries and state)",
  },
  timeoutMs: {
    name: 'timeoutMs',
    flag: 'timeout',
    kind: 'integer',
    min: 1,
    max: 600_000,
    default: DEFAULT_TIMEOUT_MS,
    help: 'ms per hook request',
  },
  seed: {
    name: 'seed',
    flag: 'seed',
    kind: 'integer',
    min: 0,
    max: 2 ** 31 - 1,
    defaultText: 'random, printed',
    help: "seed of the mock's fake data (Probo's order numbers, tracking)",
  },
  ...REPORT_OPTIONS,
} as const satisfies Record<string, OptionSpec>;
