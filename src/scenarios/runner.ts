import type { DeliveryResult, Dispatcher } from '../delivery/dispatcher.js';
import { stepWait, type PlannedStep } from './plan.js';

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
}

/**
 * Plays a planned scenario for one order: waits each step's delay (or, `--manual`, for
 * `advance()`), then hands the step to the dispatcher for every URL. The order moves on schedule
 * whatever its receivers answer; the dispatcher keeps each URL's deliveries in order.
 */
export class ScenarioRun {
  readonly #o: RunOptions;
  #next = 0;
  #credits = 0;
  #stopped = false;
  #wake: (() => void) | undefined;
  #timer: NodeJS.Timeout | undefined;
  #counted = false;

  constructor(options: RunOptions) {
    this.#o = options;
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
    void this.#loop();
  }

  /** Releases the next held step of a `--manual` run; false when none is left (or not manual). */
  advance(): boolean {
    if (!this.#o.manual || this.#stopped || this.#next + this.#credits >= this.#o.plan.length)
      return false;
    this.#credits++;
    this.#release();
    return true;
  }

  /** Drops the steps that have not happened (deliveries already queued still go out). */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#release();
  }

  async #loop(): Promise<void> {
    const { plan, manual } = this.#o;
    while (this.#next < plan.length && !this.#stopped) {
      const step = plan[this.#next] as PlannedStep;
      if (manual) {
        if (this.#credits === 0) await this.#hold();
        this.#credits = Math.max(0, this.#credits - 1);
      } else {
        const ms = stepWait(step, this.#next, this.#o.stepDelayMs);
        if (ms > 0) await this.#sleep(ms);
      }
      if (this.#stopped) break;
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

  /** Waits `ms`, counted as activity: `idle()` does not resolve while a step is due. */
  #sleep(ms: number): Promise<void> {
    this.#count();
    return new Promise((resolve) => {
      this.#wake = resolve;
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#release();
      }, ms);
    });
  }

  /** Waits for `advance()` or `stop()`, not counted as activity (a held step is not pending work). */
  #hold(): Promise<void> {
    return new Promise((resolve) => {
      this.#wake = resolve;
    });
  }

  #release(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
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
