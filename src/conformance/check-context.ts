import { createOrderContext, type OrderContext } from '../fake/index.js';
import type { ProboStatus } from '../contract/index.js';
import { describeAnswer, exchange, type Exchange, type ExchangeSettings } from './exchange.js';
import { describeState, readState, type StateHook, type StateReading } from './state-probe.js';
import type { CheckFailure, CheckId } from './types.js';

/** What every check of one run shares. */
export interface RunEnvironment {
  settings: ExchangeSettings;
  target: string;
  setupUrl?: string;
  stateHook?: StateHook;
  /** Unique per run, part of every order id, so reruns against a database do not collide. */
  runId: string;
  seed: number;
  concurrency: number;
}

/** An order a check made up: its id, reference, and the seeded fake data for its callbacks. */
export interface OrderRef {
  id: string;
  reference: string;
  /**
   * Fake data made for `seedId`, the id without the run id, so that the same --seed gives the same
   * bodies on every run; `callbackFor` puts the real id in.
   */
  fake: OrderContext;
  seedId: string;
}

/** Thrown to stop a check whose failure is already recorded (e.g. a refused setup). */
export class CheckAborted extends Error {}

const FAILURES_KEPT = 5;
/** How long a state check waits for an asynchronous receiver to reach the expected state. */
const STATE_SETTLE_MAX_MS = 2000;
const STATE_POLL_MS = 20;

/** The toolbox of one check while it runs: fresh orders, deliveries, state reads, failures. */
export class CheckContext {
  readonly seed: number;
  readonly #failures: CheckFailure[] = [];
  #failureCount = 0;
  #orders = 0;
  note: string | undefined;

  constructor(
    readonly env: RunEnvironment,
    readonly checkId: CheckId,
  ) {
    this.seed = deriveSeed(env.seed, checkId);
  }

  /** A fresh order of this check, unknown to the receiver (no setup). */
  freshOrder(reference?: string): OrderRef {
    const n = ++this.#orders;
    const seedId = `pm-${this.checkId}-${n}`;
    const id = `pm-${this.env.runId}-${this.checkId}-${n}`;
    const ref = reference ?? `probo-mock verify ${this.checkId} #${n}`;
    const fake = createOrderContext({ id: seedId, reference: ref }, this.seed);
    return { id, reference: ref, fake, seedId };
  }

  /** A fresh order, set up at `--setup-url` first when there is one. */
  async newOrder(reference?: string): Promise<OrderRef> {
    const order = this.freshOrder(reference);
    const url = this.env.setupUrl;
    if (url === undefined) return order;
    const body = JSON.stringify({ id: order.id, reference: order.reference });
    const x = await exchange(this.env.settings, 'POST', url, body);
    if (!x.ok) {
      this.fail(
        `setup of order ${order.id} at ${url} ${describeAnswer(x)}, expected a 2xx answer`,
        x,
      );
      throw new CheckAborted();
    }
    return order;
  }

  /** POSTs one callback body (an object, or a string sent as it is) to the target. */
  deliver(body: unknown): Promise<Exchange> {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return exchange(this.env.settings, 'POST', this.env.target, text);
  }

  /** Records a failure unless the answer was a 2xx within the timeout. */
  expectOk(x: Exchange, what: string): boolean {
    if (!x.ok) this.fail(`${what}: ${describeAnswer(x)}, expected a 2xx answer`, x);
    return x.ok;
  }

  fail(message: string, x?: Exchange): void {
    this.#failureCount++;
    if (this.#failures.length >= FAILURES_KEPT) return;
    const failure: CheckFailure = { message };
    if (x) {
      failure.request = x.request;
      failure.response = x.response;
    }
    this.#failures.push(failure);
  }

  get failures(): CheckFailure[] {
    const hidden = this.#failureCount - this.#failures.length;
    if (hidden === 0) return [...this.#failures];
    return [...this.#failures, { message: `… and ${hidden} more failures like these` }];
  }

  /**
   * Reads the order's state until `accept` likes it or a short settle time passes (a receiver may
   * apply callbacks asynchronously); returns the last reading.
   */
  async settledState(order: OrderRef, accept: (s: StateReading) => boolean): Promise<StateReading> {
    const hook = this.env.stateHook;
    if (!hook) throw new Error(`${this.checkId} needs the state hook`);
    const deadline = performance.now() + Math.min(this.env.settings.timeoutMs, STATE_SETTLE_MAX_MS);
    for (;;) {
      const reading = await readState(this.env.settings, hook, order.id);
      if (accept(reading) || performance.now() >= deadline) return reading;
      await new Promise((resolve) => setTimeout(resolve, STATE_POLL_MS));
    }
  }

  /** Records a failure unless the order's state settles on `expected`. */
  async expectState(order: OrderRef, expected: ProboStatus, after: string): Promise<void> {
    const reading = await this.settledState(order, (r) => r.status === expected);
    if (reading.status === expected) return;
    this.fail(
      `after ${after}, expected state ${expected} for order ${order.id}, got ${describeState(reading)}`,
      reading.exchange,
    );
  }
}

/** A per-check seed, so a check's bodies do not depend on which other checks run. */
function deriveSeed(seed: number, id: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return (h >>> 0) % 2_147_483_647;
}
