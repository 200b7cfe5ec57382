import { DEFAULT_DELIVERY_TIMEOUT_MS, DEFAULT_RETRY_POLICY } from '../delivery/retry-policy.js';
import type { OptionSpec } from '../shared/option-spec.js';

/** The scenario of orders that ask for none. */
export const DEFAULT_SCENARIO = 'happy-path';

// Imported by every command at start-up (through `serve` and `trigger`): it imports nothing heavy.

/**
 * The options of playing a scenario, shared by the mock (`startMock`, `serve`) and by
 * `triggerScenario` (`trigger`): declared once here, each with its library name and flag.
 */
export const RUN_OPTIONS = {
  scenario: {
    name: 'scenario',
    flag: 'scenario',
    kind: 'string',
    default: DEFAULT_SCENARIO,
    help: 'Scenario of orders that ask for none',
  },
  stepDelayMs: {
    name: 'stepDelayMs',
    flag: 'step-delay',
    kind: 'integer',
    min: 0,
    default: 200,
    help: 'Milliseconds between callback steps, unless a step sets its own delay (invented default)',
  },
  seed: {
    name: 'seed',
    flag: 'seed',
    kind: 'integer',
    min: 0,
    default: 1,
    help: 'Seed of the fake data: same seed, same bodies',
  },
  retries: {
    name: 'retries',
    flag: 'retries',
    kind: 'integer',
    min: 0,
    default: DEFAULT_RETRY_POLICY.retries,
    help: 'Retries of a failed delivery (invented default)',
  },
  timeoutMs: {
    name: 'timeoutMs',
    flag: 'timeout',
    kind: 'integer',
    min: 1,
    default: DEFAULT_DELIVERY_TIMEOUT_MS,
    help: 'Milliseconds per delivery attempt (invented default)',
  },
  retryBaseMs: {
    name: 'retryBaseMs',
    kind: 'integer',
    min: 0,
    default: DEFAULT_RETRY_POLICY.baseDelayMs,
    help: 'Wait before the first retry, doubling after (invented default)',
  },
  scenariosDir: {
    name: 'scenariosDir',
    flag: 'scenarios',
    kind: 'string',
    help: 'Folder of your own scenario files (*.json)',
  },
} as const satisfies Record<string, OptionSpec>;
