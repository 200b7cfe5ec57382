import { Dispatcher } from '../delivery/dispatcher.js';
import type { DeliveryResult } from '../delivery/dispatcher.js';
import { Journal } from '../delivery/journal.js';
import type { JournalEntry } from '../delivery/journal.js';
import { createOrderContext } from '../fake/index.js';
import { planScenario } from './plan.js';
import type { PlannedStep } from './plan.js';
import { findScenario } from './find-scenario.js';
import { applyMergePatch, patchProblem } from './merge-patch.js';
import { ScenarioRun } from './runner.js';
import { TRIGGER_OPTIONS } from './trigger-options.js';
import { checkReachable } from '../http-client/reachable.js';
import { resolveOptions } from '../shared/option-spec.js';

/** Checked and defaulted by TRIGGER_OPTIONS (`trigger-options.ts`), the table `trigger` uses too. */
export interface TriggerOptions {
  /** Scenario name (built-in, or from `scenariosDir`), or the path of a scenario file. */
  scenario: string;
  /** The receiver's callback URL. */
  target: string;
  /** Default `trigger-<scenario>-<seed>`: the same scenario and seed give the same bodies. */
  orderId?: string;
  reference?: string;
  /** Default 1. */
  seed?: number;
  /** Milliseconds between steps (default 200; a step's own `delay` wins). */
  stepDelayMs?: number;
  /** Extra headers on every delivery. */
  headers?: Record<string, string>;
  /** A JSON merge patch (RFC 7396) applied to every body that is JSON. */
  patch?: unknown;
  retries?: number;
  timeoutMs?: number;
  retryBaseMs?: number;
  scenariosDir?: string;
  /** Connect to the target first; nothing listening there is one TargetUnreachable error (default true). */
  probe?: boolean;
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
  const o = resolveOptions(TRIGGER_OPTIONS, options);
  // Checked before anything is sent: a patch past the limits would fail each body it builds.
  const bad = options.patch === undefined ? undefined : patchProblem(options.patch, 'patch');
  if (bad !== undefined) throw new TypeError(`bad options: ${bad}`);
  const target = normalTarget(o.target);
  const { scenario } = await findScenario(options.scenario, o.scenariosDir);
  const seed = o.seed;
  const orderId = o.orderId ?? `trigger-${scenario.name}-${seed}`;
  if (o.probe) {
    const unreachable = await checkReachable(target, o.timeoutMs);
    if (unreachable) throw new TargetUnreachable(target, unreachable.code, unreachable.message);
  }
  const ctx = createOrderContext(
    o.reference === undefined ? { id: orderId } : { id: orderId, reference: o.reference },
    seed,
  );
  const planned = planScenario(scenario, ctx, { seed });
  const plan =
    options.patch === undefined ? planned : planned.map((s) => patched(s, options.patch));
  const journal = new Journal(Math.max(1000, plan.length * 4 * (o.retries + 1)));
  const unsubscribe = options.onAttempt ? journal.subscribe(options.onAttempt) : undefined;
  const dispatcher = new Dispatcher({
    journal,
    retries: o.retries,
    timeoutMs: o.timeoutMs,
    retryPolicy: { baseDelayMs: o.retryBaseMs },
  });
  const deliveries: TriggerDelivery[] = [];
  try {
    const run = new ScenarioRun({
      plan,
      urls: [target],
      dispatcher,
      orderId,
      stepDelayMs: o.stepDelayMs,
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

/** Nothing listens at the target (refused, no such host, no connection in time). */
export class TargetUnreachable extends Error {
  override readonly name = 'TargetUnreachable';
  constructor(
    readonly target: string,
    readonly code: string,
    detail: string,
  ) {
    super(`cannot reach the target ${target}: ${code}: ${detail}`);
  }
}

/** The step with the patch merged into its body, built when first read like the step's own. */
function patched(step: PlannedStep, patch: unknown): PlannedStep {
  let body: string | undefined;
  const out: PlannedStep = {
    index: step.index,
    label: step.label,
    repeat: step.repeat,
    get body(): string {
      if (body === undefined) {
        const own = step.body;
        let parsed: unknown;
        try {
          parsed = JSON.parse(own);
        } catch {
          return (body = own); // a raw body that is not JSON is sent as written
        }
        body = JSON.stringify(applyMergePatch(parsed, patch));
      }
      return body;
    },
  };
  if (step.status !== undefined) out.status = step.status;
  if (step.bodyOptions !== undefined) out.bodyOptions = step.bodyOptions;
  if (step.headers !== undefined) out.headers = step.headers;
  if (step.delayMs !== undefined) out.delayMs = step.delayMs;
  return out;
}

/** The target as the dispatcher sends to it (the table has checked it is an http(s) URL). */
function normalTarget(target: string): string {
  return new URL(target).toString();
}
