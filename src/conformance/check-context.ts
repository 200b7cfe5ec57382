import { fnv1a, FNV1A_BASIS } from '../shared/fnv1a.js';
import { createOrderContext, type OrderContext } from '../fake/order-context.js';
import type { ProboStatus } from '../contract/statuses.js';
import {
  describeAnswer,
  exchange,
  type Exchange,
  type ExchangeExtras,
  type ExchangeSettings,
} from './exchange.js';
import { readEffects, type EffectsReading } from './effects-probe.js';
import { setupRefusedHint, stateProblemHint, wrongStateHint } from './hints.js';
import { orderIdFor } from './order-ids.js';
import {
  describeState,
  readState,
  stateRead,
  type StateHook,
  type StateReading,
} from './state-probe.js';
import { StoryLog } from './story-log.js';
import type {
  CheckFailure,
  CheckId,
  ExploreProgress,
  ExploreSummary,
  OrderIdFormat,
} from './types.js';

/** What every check of one run shares. */
export interface RunEnvironment {
  /** Requests through a client that keeps at most `parallel` in flight per origin. */
  settings: ExchangeSettings;
  /** Requests of handles-concurrent-burst: a client with room for the whole burst. */
  burstSettings: ExchangeSettings;
  target: string;
  setupUrl?: string;
  stateHook?: StateHook;
  /** `--effects-url`: the effects hook template. */
  effectsUrl?: string;
  /** Part of every prefixed order id and of the uuid draw, so reruns against a database do not collide. */
  runId: string;
  seed: number;
  orderIdFormat: OrderIdFormat;
  /** Messages at once in handles-concurrent-burst. */
  concurrency: number;
  /** Requests in flight at the target at most, outside the burst (`--parallel`). */
  parallel: number;
  /** `--explore N` and `--save-failures DIR`. */
  explore?: { histories: number; saveFailures?: string };
  signal?: AbortSignal;
  /** Where explores-histories reports how far it has got (at most once a second). */
  onProgress?: (progress: ExploreProgress) => void;
}

/** An order a check made up: its id, reference, and the seeded fake data for its callbacks. */
export interface OrderRef {
  id: string;
  reference: string;
  /**
   * Fake data made for `seedId` (`pm-<check>-<n>`, without the run id), so that the same --seed
   * gives the same bodies on every run; `callbackFor` puts the real id in.
   */
  fake: OrderContext;
  seedId: string;
  /** Every request sent for this order, in order, with its answer. */
  story: StoryLog;
}

/** Thrown to stop a check whose failure is already recorded (e.g. a refused setup). */
export class CheckAborted extends Error {}

const FAILURES_KEPT = 5;
/** How long a state check waits for an asynchronous receiver to reach the expected state. */
export const STATE_SETTLE_MAX_MS = 2000;
const STATE_POLL_MS = 20;

/**
 * The toolbox of one check while it runs, and the primitives a check is made of: fresh orders
 * (set up at --setup-url when given), callbacks sent for an order (logged in its story), state
 * reads through the hook and the state map, and failures that carry the story, the state read,
 * a curl replay and a hint naming the cause.
 */
export class CheckContext {
  readonly seed: number;
  readonly #failures: CheckFailure[] = [];
  #failureCount = 0;
  #orders = 0;
  note: string | undefined;
  /** Set by explores-histories: what the exploration covered. */
  explore: ExploreSummary | undefined;
  /** How far a long check has got, for a partial report (`after 120 of 1000 histories`). */
  progressNote: string | undefined;

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
    const id = orderIdFor(this.env.orderIdFormat, this.env, this.checkId, n);
    const ref = reference ?? `probo-mock verify ${this.checkId} #${n}`;
    const fake = createOrderContext({ id: seedId, reference: ref }, this.seed);
    return { id, reference: ref, fake, seedId, story: new StoryLog() };
  }

  /**
   * A fresh order, set up at `--setup-url` first when there is one. A setup answer carrying JSON
   * `{"id": "…"}` makes that the order id of the callbacks (the shop chose its own id).
   */
  newOrder(reference?: string): Promise<OrderRef> {
    return this.setUp(this.freshOrder(reference));
  }

  /** Sets a fresh order up at `--setup-url` (when there is one); see `newOrder`. */
  async setUp(order: OrderRef): Promise<OrderRef> {
    const url = this.env.setupUrl;
    if (url === undefined) return order;
    const body = JSON.stringify({ id: order.id, reference: order.reference });
    const x = await exchange(this.env.settings, 'POST', url, body);
    order.story.add('setup', x);
    if (!x.ok) {
      this.fail(
        `setup of order ${order.id} at ${url} ${describeAnswer(x)}, expected a 2xx answer`,
        x,
        { hint: setupRefusedHint(url, x) },
      );
      throw new CheckAborted();
    }
    const chosen = idOfSetupAnswer(x.outcome.body);
    if (chosen !== undefined) order.id = chosen;
    return order;
  }

  /** POSTs one callback body (an object, or a string sent as it is) to the target. */
  deliver(body: unknown, options: { burst?: boolean } = {}): Promise<Exchange> {
    const settings = options.burst ? this.env.burstSettings : this.env.settings;
    return exchange(settings, 'POST', this.env.target, bodyText(body));
  }

  /**
   * POSTs one callback for `order` and logs it in the order's story under `step`; `extras` may
   * send other values of the user's headers (a forgery).
   */
  async deliverTo(
    order: OrderRef,
    body: unknown,
    step: string,
    extras?: ExchangeExtras,
  ): Promise<Exchange> {
    const x = extras
      ? await exchange(this.env.settings, 'POST', this.env.target, bodyText(body), extras)
      : await this.deliver(body);
    order.story.add(step, x);
    return x;
  }

  /** One read of the order's side effects through the effects hook (`--effects-url`). */
  readEffects(order: OrderRef): Promise<EffectsReading> {
    const template = this.env.effectsUrl;
    if (template === undefined) throw new Error(`${this.checkId} needs the effects hook`);
    return readEffects(this.env.settings, template, order.id);
  }

  /** Records a failure unless the answer was a 2xx within the timeout. */
  expectOk(x: Exchange, what: string): boolean {
    if (!x.ok) this.fail(`${what}: ${describeAnswer(x)}, expected a 2xx answer`, x);
    return x.ok;
  }

  /** Records a failure: with an exchange, its request, answer and curl replay. */
  fail(message: string, x?: Exchange, extra: Partial<CheckFailure> = {}): void {
    this.#failureCount++;
    if (this.#failures.length >= FAILURES_KEPT) return;
    const failure: CheckFailure = { message };
    if (x) {
      failure.request = x.request;
      failure.response = x.response;
      failure.curl = x.curl;
    }
    this.#failures.push({ ...failure, ...extra });
  }

  /**
   * Records a failure of a state check: the order's story (every callback, in order, with its
   * answer), the state read, curl lines that replay both, and a hint on the cause.
   */
  failState(order: OrderRef, message: string, reading: StateReading, hint?: string): void {
    const extra: Partial<CheckFailure> = {
      story: [...order.story.entries],
      state: stateRead(reading),
      curl: order.story.curl(reading.exchange),
    };
    const h = hint ?? stateProblemHint(reading, order.id, order.story.statuses);
    if (h !== undefined) extra.hint = h;
    this.fail(message, reading.exchange, extra);
  }

  get failures(): CheckFailure[] {
    const hidden = this.#failureCount - this.#failures.length;
    if (hidden === 0) return [...this.#failures];
    return [...this.#failures, { message: `… and ${hidden} more failures like these` }];
  }

  /** One read of the order's state through the hook and the state map. */
  readState(order: OrderRef): Promise<StateReading> {
    const hook = this.env.stateHook;
    if (!hook) throw new Error(`${this.checkId} needs the state hook`);
    return readState(this.env.settings, hook, order.id);
  }

  /**
   * Reads the order's state until `accept` likes it or a short settle time passes (`maxMs`, and
   * never more than the timeout; a receiver may apply callbacks asynchronously); returns the last
   * reading.
   */
  async settledState(
    order: OrderRef,
    accept: (s: StateReading) => boolean,
    maxMs = STATE_SETTLE_MAX_MS,
  ): Promise<StateReading> {
    const deadline = performance.now() + Math.min(this.env.settings.timeoutMs, maxMs);
    for (;;) {
      const reading = await this.readState(order);
      if (accept(reading) || performance.now() >= deadline) return reading;
      await new Promise((resolve) => setTimeout(resolve, STATE_POLL_MS));
    }
  }

  /**
   * The settled state when `holds` does not like it, for the check to describe; undefined when it
   * holds, or when the state could not be read at all (that failure is recorded here).
   */
  async stateThatFails(
    order: OrderRef,
    holds: (s: StateReading) => boolean,
  ): Promise<StateReading | undefined> {
    const reading = await this.settledState(order, holds);
    if (holds(reading)) return undefined;
    if (reading.document === undefined) {
      this.failState(order, `reading the state of order ${order.id}: ${reading.problem}`, reading);
      return undefined;
    }
    return reading;
  }

  /**
   * Records a failure unless the order's state settles on a word that stands for `expected`.
   * Resolves to whether it did.
   */
  async expectState(order: OrderRef, expected: ProboStatus, after: string): Promise<boolean> {
    const holds = (r: StateReading) => r.statuses?.includes(expected) === true;
    const reading = await this.settledState(order, holds);
    if (holds(reading)) return true;
    const hint = reading.problem
      ? stateProblemHint(reading, order.id, order.story.statuses)
      : wrongStateHint(reading, expected, order.story.statuses);
    this.failState(
      order,
      `after ${after}, expected state ${expected} for order ${order.id}, got ${describeState(reading)}`,
      reading,
      hint,
    );
    return false;
  }
}

const bodyText = (body: unknown): string =>
  typeof body === 'string' ? body : JSON.stringify(body);

/** `{"id": "…"}` in a setup answer: the id the shop gave the order, if it gave one. */
function idOfSetupAnswer(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { id?: unknown } | null;
    return typeof parsed?.id === 'string' && parsed.id !== '' ? parsed.id : undefined;
  } catch {
    return undefined;
  }
}

/** A per-check seed, so a check's bodies do not depend on which other checks run. */
function deriveSeed(seed: number, id: string): number {
  // Check ids are ASCII (kebab-case), so code units and code points are the same here.
  return fnv1a(id, { basis: FNV1A_BASIS ^ seed }) % 2_147_483_647;
}
