import type { ProboStatus } from '../../contract/statuses.js';
import type { MockEngine } from '../../mock/engine/engine.js';
import type { OrderRecord } from '../../mock/store/order-store.js';
import { RunInterrupted } from '../errors.js';
import { exchange, type Exchange, type ExchangeSettings } from '../exchange.js';
import { stateProblemHint } from '../hints.js';
import {
  describeState,
  readState,
  stateRead,
  type StateHook,
  type StateReading,
} from '../state-probe.js';
import type { CheckFailure, ClientCheckId } from '../types.js';
import { hookAnswerHint, hookProblem } from './hook-hints.js';
import type { MockFront, SeenCall } from './mock-front.js';
import { callbacksOf, seenCalls } from './seen.js';

/** What every client check of one run shares. */
export interface ClientEnvironment {
  front: MockFront;
  engine: MockEngine;
  /** Hook requests: the user's headers, the timeout, the abort signal. */
  settings: ExchangeSettings;
  placeUrl: string;
  pollUrl?: string;
  cancelUrl?: string;
  stateHook: StateHook;
  settleMs: number;
  runId: string;
  signal?: AbortSignal;
}

/** Thrown to end a check whose failure is recorded (a hook that cannot be reached, …). */
export class ClientCheckAborted extends Error {}

/** An order the shop placed for the check, as the mock took it. */
export interface TakenOrder {
  /** The post the mock answered 202. */
  call: SeenCall;
  id: string;
  record: OrderRecord;
}

const FAILURES_KEPT = 5;

/**
 * The toolbox of one client check: the place, poll and cancel hooks, the calls the mock saw for
 * the check (the front attributes them), playing the order's steps in the mock (which runs
 * `--manual`: nothing happens unless a check plays it), state reads, and failures that carry
 * the calls, the callbacks and the state read.
 */
export class ClientContext {
  readonly failures: CheckFailure[] = [];
  /** Said once in the report's warnings (an `order_type: "test"` post, …). */
  readonly warnings: string[] = [];
  /** Set when the place hook was called: the calls' times are counted from it. */
  #placedAt = performance.now();

  constructor(
    readonly env: ClientEnvironment,
    readonly checkId: ClientCheckId,
  ) {}

  /** The reference of this check's order: unique per run and check. */
  get reference(): string {
    return `pm-${this.env.runId}-${this.checkId}`;
  }

  /** The calls of Probo's API that belong to this check, oldest first. */
  calls(): SeenCall[] {
    return this.env.front.callsOf(this.checkId);
  }

  /** Its order posts, oldest first. */
  posts(): SeenCall[] {
    return this.calls().filter((c) => c.path === '/order');
  }

  /**
   * POSTs the place hook. Its own answer is reported (a failure with a hint when it is not a 2xx
   * or not JSON), but the verdict comes from what the mock saw; a hook that cannot be reached
   * ends the check. Resolves to the id the hook answered, if it answered one.
   */
  async place(): Promise<string | undefined> {
    this.#placedAt = performance.now();
    const body = { reference: this.reference, check: this.checkId };
    const x = await this.#hook('place hook', '--place-url', this.env.placeUrl, body);
    return idOfAnswer(x);
  }

  /** POSTs the poll or cancel hook with `{"id"}`; see `place`. */
  async callHook(which: 'poll' | 'cancel', id: string): Promise<void> {
    const url = which === 'poll' ? this.env.pollUrl : this.env.cancelUrl;
    if (url === undefined) throw new Error(`${this.checkId} needs --${which}-url`);
    await this.#hook(`${which} hook`, `--${which}-url`, url, { id });
  }

  async #hook(name: string, flag: string, url: string, body: object): Promise<Exchange> {
    const x = await exchange(this.env.settings, 'POST', url, JSON.stringify(body));
    const problem = hookProblem(x);
    if (problem !== undefined) {
      this.fail(`the ${name} ${url} ${problem}`, {
        request: x.request,
        response: x.response,
        hint: hookAnswerHint(name, flag, x),
      });
      // No answer at all: nothing was done, nothing to wait for.
      if (x.outcome.status === undefined) throw new ClientCheckAborted();
    }
    return x;
  }

  /** The first call `pick` finds among this check's, waiting up to --settle for it. */
  waitForCall(pick: (calls: SeenCall[]) => SeenCall | undefined, ms = this.env.settleMs) {
    return this.wait(() => pick(this.calls()), ms);
  }

  /** Waits for `probe` to find something (re-checked on every call the mock sees), or undefined. */
  async wait<T>(probe: () => T | undefined, ms = this.env.settleMs): Promise<T | undefined> {
    const signal = this.env.signal;
    if (signal?.aborted) throw new RunInterrupted();
    if (!signal) return this.env.front.waitFor(probe, ms);
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(new RunInterrupted());
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([this.env.front.waitFor(probe, ms), aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort!);
    }
  }

  /**
   * The check's first order post, answered; when none comes within --settle, a failure saying so
   * and the check ends.
   */
  async firstPost(): Promise<SeenCall> {
    const first = await this.waitForCall((calls) =>
      calls.find((c) => c.path === '/order' && (c.answer || c.error)),
    );
    if (first) {
      if (isTestOrder(first))
        this.warnings.push(
          `${this.checkId}: the shop posted "order_type": "test", which Probo cancels; each check played its own scenario regardless`,
        );
      return first;
    }
    this.fail(
      `no order post reached the mock within --settle ${this.env.settleMs} ms of the place hook`,
      {
        hint: `The place hook must make the shop place an order through its own code, with its Probo base URL set to the mock (${this.env.front.url}); check the shop's base URL and its log.`,
      },
    );
    throw new ClientCheckAborted();
  }

  /**
   * The order the mock took for this check (a post answered 202, lost answers included), waiting
   * up to `ms`; undefined when none was taken.
   */
  async takenOrder(ms = this.env.settleMs): Promise<TakenOrder | undefined> {
    const call = await this.waitForCall(
      (calls) => calls.find((c) => c.path === '/order' && c.answer?.status === 202),
      ms,
    );
    if (!call) return undefined;
    const id = call.ids[0]!;
    return { call, id, record: this.recordOf(call) };
  }

  /** The order that must be taken for the check to go on; a failure (and the end) when none is. */
  async requireOrder(): Promise<TakenOrder> {
    const first = await this.firstPost();
    const taken = await this.takenOrder();
    if (taken) return taken;
    const refused = first.answer ? `answered ${first.answer.status}` : 'got no answer';
    this.fail(`the mock took no order for this check: the order post ${refused}`, {
      hint: 'The order post was refused: see client-posts-valid-order for what is wrong with it.',
    });
    throw new ClientCheckAborted();
  }

  /** The mock's record of an order post answered 202 (a repeated id has a record of its own). */
  recordOf(call: SeenCall): OrderRecord {
    const id = call.ids[0]!;
    const taken = this.env.front.calls.filter(
      (c) => c.path === '/order' && c.ids[0] === id && c.answer?.status === 202,
    );
    const records = this.env.engine.orders.list().filter((o) => o.id === id);
    const record = records[taken.indexOf(call)] ?? records.at(-1);
    if (!record) throw new Error(`the mock has no record of order ${id}`);
    return record;
  }

  /** Plays the order's next `steps` scenario steps (all that are left without a count). */
  async play(order: TakenOrder, steps = Number.POSITIVE_INFINITY): Promise<void> {
    const history = order.record.history;
    let target = history.length;
    for (let n = 0; n < steps; n++) {
      try {
        this.env.engine.advance(order.record.key);
      } catch {
        break; // no step left
      }
      target++;
    }
    // A released step happens a tick later (the run's loop); then its callbacks are queued.
    while (history.length < target) await new Promise((resolve) => setImmediate(resolve));
    await this.idle();
  }

  /** Resolves when every callback queued so far was delivered, retried out or dropped. */
  async idle(): Promise<void> {
    if (this.env.signal?.aborted) throw new RunInterrupted();
    await this.env.engine.idle();
  }

  /**
   * Reads the order's state until it stands for `expected` or --settle passes; a failure with the
   * state read, the calls and the callbacks when it does not. Resolves to whether it did.
   */
  async expectState(
    id: string,
    expected: ProboStatus,
    message: (state: string) => string,
    hint?: (reading: StateReading) => string | undefined,
  ): Promise<boolean> {
    const holds = (r: StateReading) => r.statuses?.includes(expected) === true;
    const deadline = performance.now() + this.env.settleMs;
    let reading: StateReading;
    for (;;) {
      reading = await readState(this.env.settings, this.env.stateHook, id);
      if (holds(reading) || performance.now() >= deadline) break;
      await this.wait(() => undefined, 25);
    }
    if (holds(reading)) return true;
    const why = hint?.(reading) ?? (reading.problem ? stateProblemHint(reading, id) : undefined);
    this.fail(message(describeState(reading)), {
      state: stateRead(reading),
      ...(why !== undefined ? { hint: why } : {}),
    });
    return false;
  }

  /** Records a failure; the first failure of the check carries its calls and callbacks. */
  fail(message: string, extra: Partial<CheckFailure> = {}): void {
    if (this.failures.length >= FAILURES_KEPT) return;
    const failure: CheckFailure = { message, ...extra };
    this.failures.push(failure);
    if (this.failures.length === 1) this.seal();
  }

  /** Refreshes the first failure's calls and callbacks (at the check's end: the whole story). */
  seal(): void {
    const first = this.failures[0];
    if (!first) return;
    const calls = seenCalls(this.calls(), this.#placedAt);
    if (calls.length > 0) first.calls = calls;
    const callbacks = callbacksOf(this.env.engine, this.calls());
    if (callbacks.length > 0) first.callbacks = callbacks;
  }
}

function isTestOrder(call: SeenCall): boolean {
  const json = call.json as { order_type?: unknown } | undefined;
  return json?.order_type === 'test';
}

/** `{"id": "…"}` in a hook's answer: the id the shop gave its order, if it gave one. */
function idOfAnswer(x: Exchange): string | undefined {
  try {
    const parsed = JSON.parse(x.outcome.body) as { id?: unknown } | null;
    return typeof parsed?.id === 'string' && parsed.id !== '' ? parsed.id : undefined;
  } catch {
    return undefined;
  }
}
