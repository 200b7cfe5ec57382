import type { OptionSpec } from '../shared/option-spec.js';
import { RUN_OPTIONS } from './run-options.js';

/**
 * The options of `triggerScenario` and the flags of `trigger`, declared once. The run's options
 * (seed, step delay, retries, timeout, scenario folder) are the mock's own, from RUN_OPTIONS.
 */
export const TRIGGER_OPTIONS = {
  target: {
    name: 'target',
    flag: 'target',
    kind: 'url',
    required: true,
    help: "The receiver's callback URL",
  },
  orderId: {
    name: 'orderId',
    flag: 'order-id',
    kind: 'string',
    defaultText: 'trigger-<scenario>-<seed>',
    help: 'Order id in the bodies',
  },
  reference: {
    name: 'reference',
    kind: 'string',
    help: "The shop's order reference in the bodies (default: made up from the seed)",
  },
  seed: RUN_OPTIONS.seed,
  stepDelayMs: RUN_OPTIONS.stepDelayMs,
  retries: RUN_OPTIONS.retries,
  timeoutMs: RUN_OPTIONS.timeoutMs,
  retryBaseMs: RUN_OPTIONS.retryBaseMs,
  scenariosDir: RUN_OPTIONS.scenariosDir,
  headers: {
    name: 'headers',
    flag: 'header',
    kind: 'headers',
    help: 'Extra header "Name: value" on every delivery (repeatable)',
  },
  patch: {
    flag: 'patch',
    kind: 'string',
    help: 'JSON merge patch (RFC 7396) applied to every body, e.g. \'{"order":{"reference":"R-1"}}\'',
  },
  probe: {
    name: 'probe',
    kind: 'boolean',
    default: true,
    help: 'Connect to the target first and stop at once when nothing listens there',
  },
} as const satisfies Record<string, OptionSpec>;
