import { DEFAULT_CONCURRENCY, DEFAULT_PARALLEL, DEFAULT_TIMEOUT_MS } from './defaults.js';
import { REPORTERS } from './reporters/names.js';
import { ORDER_ID_FORMATS } from './types.js';

/**
 * Every option of `probo-mock verify`, declared once: the flag, its type, default and help. The
 * CLI builds its yargs options from this table (and a generic validation can walk it); `key` is
 * the VerifyOptions field the value ends up in, when it maps one to one.
 */
export interface VerifyOptionSpec {
  flag: string;
  type: 'string' | 'number';
  describe: string;
  key?: string;
  default?: string | number;
  choices?: readonly string[];
  /** Repeatable (`--header` …). */
  array?: true;
  required?: true;
  /** A file the run writes: its folder is created and checked before anything is sent. */
  output?: true;
}

export const VERIFY_OPTION_TABLE: readonly VerifyOptionSpec[] = [
  {
    flag: 'target',
    type: 'string',
    required: true,
    key: 'target',
    describe: 'the receiver URL, as in callback_urls',
  },
  {
    flag: 'state-url',
    type: 'string',
    key: 'stateUrl',
    describe: 'state hook, {id} = URL-encoded order id; enables the state-* checks',
  },
  {
    flag: 'setup-url',
    type: 'string',
    key: 'setupUrl',
    describe:
      'POSTed {"id","reference"} for every fresh order first; an answer {"id": "…"} sets the order id',
  },
  {
    flag: 'state-pointer',
    type: 'string',
    key: 'statePointer',
    describe: 'JSON pointer to the status in the state answer (default /status)',
  },
  {
    flag: 'state-map',
    type: 'string',
    describe:
      'JSON file: the receiver\'s words → a Probo status or an array of them, e.g. {"shipped": ["shipment_created", "shipment_in_transit"]}',
  },
  {
    flag: 'state-supplier-pointer',
    type: 'string',
    key: 'stateSupplierPointer',
    describe:
      "JSON pointer to Probo's order number in the state answer; enables state-records-supplier-order-number",
  },
  {
    flag: 'state-tracking-pointer',
    type: 'string',
    key: 'stateTrackingPointer',
    describe:
      'JSON pointer to the tracking data (string or array) in the state answer; enables state-records-tracking',
  },
  {
    flag: 'order-id-format',
    type: 'string',
    key: 'orderIdFormat',
    choices: ORDER_ID_FORMATS,
    default: 'prefixed',
    describe: 'prefixed: pm-<run>-<check>-<n>; uuid: RFC 4122 v4 drawn from the seed and run id',
  },
  {
    flag: 'run-id',
    type: 'string',
    key: 'runId',
    describe:
      'fix the run id (default: fresh per run); with --seed the requests are the same bytes every run',
  },
  {
    flag: 'only',
    type: 'string',
    describe: 'comma-separated check ids to run (only those are shown and counted)',
  },
  { flag: 'skip', type: 'string', describe: 'comma-separated check ids to skip' },
  {
    flag: 'timeout',
    type: 'number',
    key: 'timeoutMs',
    default: DEFAULT_TIMEOUT_MS,
    describe: 'ms per request',
  },
  {
    flag: 'parallel',
    type: 'number',
    key: 'parallel',
    default: DEFAULT_PARALLEL,
    describe: 'requests in flight at the target at most, outside handles-concurrent-burst',
  },
  {
    flag: 'concurrency',
    type: 'number',
    key: 'concurrency',
    default: DEFAULT_CONCURRENCY,
    describe: 'messages at once in handles-concurrent-burst',
  },
  {
    flag: 'seed',
    type: 'number',
    key: 'seed',
    describe: 'seed for reproducible bodies (default random, printed)',
  },
  {
    flag: 'explore',
    type: 'number',
    key: 'explore',
    default: 0,
    describe:
      'random Probo histories for explores-histories (needs --state-url); the first failure is shrunk to the smallest history',
  },
  {
    flag: 'save-failures',
    type: 'string',
    key: 'saveFailures',
    describe:
      "folder for explores-histories' shrunk failure, as a scenario file that trigger replays",
  },
  {
    flag: 'header',
    type: 'string',
    array: true,
    describe: 'extra request header "Name: value" (repeatable); values are redacted in reports',
  },
  {
    flag: 'reporter',
    type: 'string',
    choices: REPORTERS,
    default: 'pretty',
    describe: 'format of stdout, or of --output',
  },
  {
    flag: 'output',
    type: 'string',
    output: true,
    describe: 'write the --reporter report to this file (stdout then shows the pretty report)',
  },
  {
    flag: 'junit',
    type: 'string',
    output: true,
    describe: 'also write a JUnit XML report to this file',
  },
  {
    flag: 'json',
    type: 'string',
    output: true,
    describe: 'also write the JSON report to this file',
  },
  {
    flag: 'html',
    type: 'string',
    output: true,
    describe: 'also write the report as one self-contained HTML page to this file',
  },
];
