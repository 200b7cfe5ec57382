import { isProboStatus } from '../contract/index.js';
import type { NotAcceptedVariant, ProboStatus } from '../contract/statuses.js';
import { buildCallback, CallbackJson } from '../fake/index.js';
import type { OrderContext } from '../fake/order-context.js';
import type { Scenario, ScenarioStep } from '../generated/types.js';
import { applyMergePatch } from './merge-patch.js';
import { fillRawTemplate, rawStatusLabel } from './raw-template.js';
import type { RawTemplateValues } from './raw-template.js';
import { hashString, mulberry32, shuffleAwayFromOrder } from '../shared/seeded-random.js';

/** How a status body is built: what `buildCallback` is given. */
export interface BodyOptions {
  variant?: NotAcceptedVariant;
  fileId?: number;
  packages?: number;
}

/** One step of a scenario, ready to deliver: its body is serialised once, when first read. */
export interface PlannedStep {
  /** Index of the step in the scenario file (a shuffled plan keeps the written index). */
  index: number;
  /** The status, or for a raw body the status found in it, else `raw`. */
  label: string;
  /** The status the order is in after this step, when the step names a known one. */
  status?: ProboStatus;
  /** What built the body (absent for raw bodies); lets `/order/status` answer consistently. */
  bodyOptions?: BodyOptions;
  body: string;
  headers?: Record<string, string>;
  /** Milliseconds after the previous step; the run's step delay when absent. */
  delayMs?: number;
  /** Deliveries of the same bytes (2+ = redelivery). */
  repeat: number;
}

export interface PlanOptions {
  /** The run's seed; with the order id it decides a `shuffle` scenario's order. */
  seed: number;
  /** The file a file rejection names (1-based), when the order asked for one. */
  fileId?: number;
}

/** Expands a scenario for one order into the exact bodies to deliver, in delivery order. */
export function planScenario(
  scenario: Scenario,
  ctx: OrderContext,
  options: PlanOptions,
): PlannedStep[] {
  const bodies = new CallbackJson(ctx); // the order's status bodies share their parts
  const steps = scenario.steps.map((step, index) =>
    planStep(step as ScenarioStep, index, bodies, options),
  );
  if (!scenario.shuffle) return steps;
  return shuffleAwayFromOrder(steps, mulberry32(options.seed ^ hashString(ctx.id)));
}

function planStep(
  step: ScenarioStep,
  index: number,
  bodies: CallbackJson,
  options: PlanOptions,
): PlannedStep {
  const planned: PlannedStep =
    step.raw === undefined
      ? statusStep(step, index, bodies, options)
      : rawStep(step.raw, index, bodies.context, step.repeat ?? 1);
  if (step.delay !== undefined) planned.delayMs = step.delay;
  if (step.headers !== undefined) planned.headers = step.headers;
  return planned;
}

function rawStep(raw: string, index: number, ctx: OrderContext, repeat: number): PlannedStep {
  const body = fillRawTemplate(raw, orderFacts(ctx));
  const planned: PlannedStep = { index, label: rawStatusLabel(body), body, repeat };
  const current = planned.label.replace(/^order_/, ''); // legacy `order_accepted` still moves the order
  if (isProboStatus(current)) planned.status = current;
  return planned;
}

function statusStep(
  step: ScenarioStep,
  index: number,
  bodies: CallbackJson,
  options: PlanOptions,
): PlannedStep {
  const status = step.status as ProboStatus;
  const bodyOptions = bodyOptionsFor(step, status, options);
  return new StatusStep(index, status, bodyOptions, step.repeat ?? 1, bodies, step.patch);
}

/**
 * A status step whose body is serialised on first read, once: when the step is due, not when
 * the order is taken. The bytes are the same (the context is seeded); a held or canceled step
 * never builds its body. A class, not an object literal with a getter: that costs ~0.3 µs a
 * step, this a few ns (8 steps an order, on the intake path).
 */
class StatusStep implements PlannedStep {
  declare delayMs?: number;
  declare headers?: Record<string, string>;
  #bodies: CallbackJson | undefined;
  readonly #patch: ScenarioStep['patch'];
  #body: string | undefined;

  constructor(
    readonly index: number,
    readonly status: ProboStatus,
    readonly bodyOptions: BodyOptions,
    readonly repeat: number,
    bodies: CallbackJson,
    patch: ScenarioStep['patch'],
  ) {
    this.#bodies = bodies;
    this.#patch = patch;
  }

  get label(): string {
    return this.status;
  }

  get body(): string {
    if (this.#body === undefined) {
      const bodies = this.#bodies as CallbackJson;
      const patch = this.#patch;
      this.#body =
        patch === undefined
          ? bodies.of(this.status, this.bodyOptions)
          : patchedBody(bodies.context, this.status, this.bodyOptions, patch);
      this.#bodies = undefined; // built once: the order's parts can go
    }
    return this.#body;
  }
}

/** A merge-patched body: built as an object, patched, serialised (patches are rare). */
function patchedBody(
  ctx: OrderContext,
  status: ProboStatus,
  options: BodyOptions,
  patch: NonNullable<ScenarioStep['patch']>,
): string {
  return JSON.stringify(applyMergePatch(buildCallback(ctx, status, options), patch));
}

function bodyOptionsFor(
  step: ScenarioStep,
  status: ProboStatus,
  options: PlanOptions,
): BodyOptions {
  const out: BodyOptions = {};
  if (step.packages !== undefined) out.packages = step.packages;
  if (status !== 'not_accepted') return out;
  out.variant = step.variant ?? 'file-rejected';
  if (out.variant === 'file-rejected') out.fileId = options.fileId ?? step.fileId ?? 1;
  return out;
}

/** The order's values a raw body may name. */
function orderFacts(ctx: OrderContext): RawTemplateValues {
  return {
    id: ctx.id,
    reference: ctx.reference,
    supplier_order_number: ctx.supplierOrderNumber,
    status_page_url: ctx.statusPageUrl,
  };
}

/** How long before a planned step happens: its own delay, else none for the first, else `stepDelayMs`. */
export function stepWait(step: PlannedStep, index: number, stepDelayMs: number): number {
  return step.delayMs ?? (index === 0 ? 0 : stepDelayMs);
}
