import type { DeliveryResult, Dispatcher } from '../delivery/dispatcher.js';
import { stepWait, type PlannedStep } from './plan.js';
import { stepClock, type Sleeper, type StepClock } from './step-clock.js';

export interface RunOptions {
  plan: readonly PlannedStep[];
  /** Every step goes to each of these; none means the order only changes status. */
  urls: readonly string[];
  dispatcher: Dispatcher;
  orderId: string;
  /** The mock's key of the order record; defaults to `orderId`. */
  orderKey?: string;
  /** Milliseconds between steps, unless a step sets its own `delay`; the first step goes at once. */
  stepDelayMs: number;
  /** Hold every step until `advance()`. */
  manual?: boolean;
  /** Extra headers for every delivery (a step's own headers win). */
  headers?: Record<string, string>;
  /** A step happened: the order is now in its status and its deliveries are queued. */
  onStep?: (step: PlannedStep) => void;
  /** One delivery of a step was delivered or given up on. */
  onDelivery?: (step: PlannedStep, url: string, result: DeliveryResult) => void;
  /** What waits the step delays; the process's shared `stepClock` by default. */
  clock?: StepClock;
}

/**
 * Plays a planned scenario for one order: waits each step's delay (or, `--manual`, for
 * `advance()`), then hands the step to the dispatcher for every URL. The order moves on schedule
 * whatever its receivers answer; the dispatcher keeps each URL's deliveries in order. Steps due
 * at once happen in the same call (`start`, `advance`); a delay is waited on the shared
 * `stepClock` (one timer per delay length, not one per order and step), with no promise.
 */
export class ScenarioRun implements Sleeper {
  readonly #o: RunOptions;
  #next = 0;
  #credits = 0;
  #stopped = false;
  /** The delay being waited (ms) and its place on the clock; 0 when not waiting. */
  #sleepMs = 0;
  #place = 0;
  /** The step at `#next` has waited its delay. */
  #due = false;
  #counted = false;
  readonly #clock: StepClock;

  constructor(options: RunOptions) {
    this.#o = options;
    this.#clock = options.clock ?? stepClock;
  }

  /** Steps not handed to the dispatcher yet. */
  get remaining(): number {
    return this.#stopped ? 0 : this.#o.plan.length - this.#next;
  }

  /** True when a `--manual` run waits for `advance()`. */
  get held(): boolean {
    return this.#o.manual === true && this.remaining > 0 && this.#credits === 0;
  }

  /** The next step to happen, if any. */
  get nextStep(): PlannedStep | undefined {
    return this.#stopped ? undefined : this.#o.plan[this.#next];
  }

  start(): void {
    this.#play();
  }

  /** Releases the next held step of a `--manual` run; false when none is left (or not manual). */
  advance(): boolean {
    if (!this.#o.manual || this.#stopped || this.#next + this.#credits >= this.#o.plan.length)
      return false;
    this.#credits++;
    this.#play();
    return true;
  }

  /** Drops the steps that have not happened (deliveries already queued still go out). */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    if (this.#sleepMs > 0) this.#clock.cancel(this.#sleepMs, this.#place, this);
    this.#sleepMs = 0;
    this.#uncount();
  }

  /** The clock's call: the step's delay is over. */
  wake(): void {
    this.#sleepMs = 0;
    if (this.#stopped) return;
    this.#due = true;
    this.#play();
  }

  /** Plays every step that may happen now; returns when one must wait (or none is left). */
  #play(): void {
    const { plan, manual } = this.#o;
    if (this.#sleepMs > 0) return; // a step is waiting its delay: the clock goes on
    while (this.#next < plan.length && !this.#stopped) {
      const step = plan[this.#next] as PlannedStep;
      if (manual) {
        if (this.#credits === 0) break; // held until advance() (not counted as activity)
        this.#credits--;
      } else if (!this.#due) {
        const ms = stepWait(step, this.#next, this.#o.stepDelayMs);
        if (ms > 0) {
          this.#count(); // a step is due: idle() waits for it
          this.#sleepMs = ms;
          this.#place = this.#clock.after(ms, this);
          return;
        }
      }
      this.#due = false;
      this.#next++;
      this.#happen(step);
      this.#uncount();
    }
    this.#uncount();
  }

  #happen(step: PlannedStep): void {
    const o = this.#o;
    o.onStep?.(step);
    const headers =
      o.headers && step.headers ? { ...o.headers, ...step.headers } : (step.headers ?? o.headers);
    for (const url of o.urls) {
      for (let r = 0; r < step.repeat; r++) {
        const request = {
          orderId: o.orderId,
          orderKey: o.orderKey ?? o.orderId,
          url,
          status: step.label,
          step: step.index,
          body: step.body,
          ...(headers ? { headers } : {}),
        };
        void o.dispatcher.enqueue(request).then((result) => o.onDelivery?.(step, url, result));
      }
    }
  }

  #count(): void {
    if (this.#counted) return;
    this.#counted = true;
    this.#o.dispatcher.activity.begin();
  }

  #uncount(): void {
    if (!this.#counted) return;
    this.#counted = false;
    this.#o.dispatcher.activity.end();
  }
}
