import { Dispatcher } from '../delivery/dispatcher.js';
import type { DeliveryResult } from '../delivery/dispatcher.js';
import { Journal } from '../delivery/journal.js';
import type { JournalEntry } from '../delivery/journal.js';
import { createOrderContext } from '../fake/index.js';
import { planScenario } from './plan.js';
import type { PlannedStep } from './plan.js';
import { loadScenarioFile } from './load.js';
import { loadScenarios } from './registry.js';
import { ScenarioRun } from './runner.js';

export interface TriggerOptions {
  /** Scenario name (built-in, or from `scenariosDir`), or the path of a scenario file. */
  scenario: string;
  /** The receiver's callback URL. */
  target: string;
  /** Default `trigger-<seed>`, so the same seed gives the same bodies. */
  orderId?: string;
  reference?: string;
  /** Default 1. */
  seed?: number;
  /** Milliseconds between steps (default 200; a step's own `delay` wins). */
  stepDelayMs?: number;
  /** Extra headers on every delivery. */
  headers?: Record<string, string>;
  retries?: number;
  timeoutMs?: number;
  retryBaseMs?: number;
  scenariosDir?: string;
  /** Called after every attempt, as it happens. */
  onAttempt?: (entry: JournalEntry) => void;
}

export interface TriggerDelivery {
  step: PlannedStep;
  result: DeliveryResult;
}

export interface TriggerResult {
  orderId: string;
  scenario: string;
  deliveries: TriggerDelivery[];
  /** Deliveries given up on (after retries, or refused by a final answer). */
  failed: number;
  attempts: JournalEntry[];
}

/** Delivers one scenario straight to a receiver, no order post; resolves when all are done. */
export async function triggerScenario(options: TriggerOptions): Promise<TriggerResult> {
  const target = checkTarget(options.target);
  const registry = await loadScenarios(options.scenariosDir);
  // A path (a slash, or a .json name) is a scenario file, e.g. one `verify --save-failures` wrote.
  const isPath = /[\\/]/.test(options.scenario) || options.scenario.endsWith('.json');
  const scenario =
    isPath && !registry.has(options.scenario)
      ? await loadScenarioFile(options.scenario)
      : registry.get(options.scenario);
  const seed = options.seed ?? 1;
  const orderId = options.orderId ?? `trigger-${seed}`;
  const ctx = createOrderContext(
    options.reference === undefined
      ? { id: orderId }
      : { id: orderId, reference: options.reference },
    seed,
  );
  const plan = planScenario(scenario, ctx, { seed });
  const journal = new Journal(Math.max(1000, plan.length * 4 * ((options.retries ?? 3) + 1)));
  const unsubscribe = options.onAttempt ? journal.subscribe(options.onAttempt) : undefined;
  const dispatcher = new Dispatcher({
    journal,
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retryBaseMs !== undefined
      ? { retryPolicy: { baseDelayMs: options.retryBaseMs } }
      : {}),
  });
  const deliveries: TriggerDelivery[] = [];
  try {
    const run = new ScenarioRun({
      plan,
      urls: [target],
      dispatcher,
      orderId,
      stepDelayMs: options.stepDelayMs ?? 200,
      ...(options.headers ? { headers: options.headers } : {}),
      onDelivery: (step, _url, result) => deliveries.push({ step, result }),
    });
    run.start();
    await dispatcher.idle();
  } finally {
    unsubscribe?.();
    await dispatcher.close();
  }
  return {
    orderId,
    scenario: scenario.name,
    deliveries,
    failed: deliveries.filter((d) => d.result.outcome === 'failed').length,
    attempts: journal.query(),
  };
}

function checkTarget(target: string): string {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new TypeError(`target must be an http(s) URL (got "${target}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`target must be an http(s) URL (got "${target}")`);
  }
  return url.toString();
}
