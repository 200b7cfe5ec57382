import { canTransition } from '../../contract/index.js';
import { Dispatcher } from '../../delivery/dispatcher.js';
import type { DeliveryResult } from '../../delivery/dispatcher.js';
import { Journal } from '../../delivery/journal.js';
import { buildCallback, createOrderContext } from '../../fake/index.js';
import type { OrderPost, OrderSelector, ProboCallback } from '../../generated/types.js';
import { applyMergePatch } from '../../scenarios/merge-patch.js';
import { planScenario } from '../../scenarios/plan.js';
import type { BodyOptions, PlannedStep } from '../../scenarios/plan.js';
import type { ScenarioRegistry } from '../../scenarios/registry.js';
import { ScenarioRun } from '../../scenarios/runner.js';
import type { ResolvedMockOptions } from './options.js';
import type { PushRequest } from './push-request.js';
import { MemoryOrderStore } from '../store/order-store.js';
import type { OrderRecord, OrderStore } from '../store/order-store.js';
import { isDurableStore } from '../store/durable-store.js';
import type { DurableOrderStore } from '../store/durable-store.js';
import { chooseScenario } from './scenario-choice.js';
import type { ScenarioChoice } from './scenario-choice.js';
import { identity } from './status-entry.js';
import { MockRequestError } from './mock-request-error.js';
import { withPost } from '../store/stored-post.js';
import { isoNow } from '../../shared/iso-now.js';

export interface AcceptedOrder {
  order: OrderRecord;
  choice: ScenarioChoice;
  /** The body of the 202 answer: the `queued` callback. */
  queued: ProboCallback;
}

export interface CancelResult {
  order: OrderSelector;
  canceled: boolean;
  message: string;
}

/**
 * The mock's order flow, behind the HTTP routes: takes orders, plays their scenarios, cancels,
 * pushes and advances by hand. Routes and the library API both go through it.
 */
export class MockEngine {
  readonly options: ResolvedMockOptions;
  readonly scenarios: ScenarioRegistry;
  readonly orders: OrderStore;
  readonly journal: Journal;
  readonly dispatcher: Dispatcher;
  readonly #runs = new Map<string, ScenarioRun>();
  /** Set when the store keeps orders, pending deliveries and the journal across restarts. */
  readonly #durable: DurableOrderStore | undefined;

  constructor(options: ResolvedMockOptions, scenarios: ScenarioRegistry) {
    this.options = options;
    this.scenarios = scenarios;
    this.orders = options.store ?? new MemoryOrderStore();
    this.journal = new Journal(options.journalLimit);
    this.#durable = isDurableStore(this.orders) ? this.orders : undefined;
    if (this.#durable) {
      const store = this.#durable;
      store.keepJournal(options.journalLimit);
      this.journal.restore(store.journalEntries(options.journalLimit));
      this.journal.subscribe((entry) => store.appendJournal(entry));
    }
    this.dispatcher = new Dispatcher({
      journal: this.journal,
      retries: options.retries,
      timeoutMs: options.timeoutMs,
      retryPolicy: { baseDelayMs: options.retryBaseMs },
      ...(this.#durable ? { outbox: this.#durable } : {}),
    });
  }

  /**
   * After a restart on a durable store: sends again what was queued but not finished, then plays
   * the steps each order had left. Nothing accepted is lost; a delivery may arrive twice.
   */
  resume(): { deliveries: number; orders: number } {
    if (!this.#durable) return { deliveries: 0, orders: 0 };
    const pending = this.#durable.pendingDeliveries();
    for (const { id, request } of pending) {
      const step = { index: request.step, label: request.status, body: request.body, repeat: 1 };
      void this.dispatcher
        .enqueue(request, id)
        .then((result) =>
          this.#delivered(request.orderKey ?? request.orderId, step, request.url, result),
        );
    }
    let orders = 0;
    for (const order of this.orders.list()) {
      if (!this.#playable(order)) continue;
      this.#playRest(order);
      orders++;
    }
    return { deliveries: pending.length, orders };
  }

  /**
   * Stores a (valid) order post and starts its scenario. `postText`, the post's JSON text as
   * received, lets the record keep the text instead of the parsed post (see stored-post.ts).
   */
  acceptOrder(post: OrderPost, scenarioHeader?: string, postText?: string): AcceptedOrder {
    if (scenarioHeader && !this.scenarios.has(scenarioHeader)) {
      throw new MockRequestError(
        400,
        'unknown_scenario',
        `Unknown scenario "${scenarioHeader}" in X-Probo-Mock-Scenario; known: ${this.scenarios.names().join(', ')}`,
      );
    }
    const posts = this.orders.countById(post.id);
    const choice = chooseScenario(post, scenarioHeader, posts > 0, this.options.scenario);
    let key = posts === 0 ? post.id : `${post.id}~dup${posts}`;
    // A shop's own id may look like a duplicate key ("x~dup1"): never overwrite a record.
    for (let n = posts + 1; this.orders.get(key); n++) key = `${post.id}~dup${n}`;
    // A duplicate gets its own seed: its own supplier order number, never the first order's.
    const seed = this.options.seed + posts;
    const ctx = createOrderContext(
      post.reference === undefined ? { id: post.id } : { id: post.id, reference: post.reference },
      seed,
    );
    const scenario = this.scenarios.get(choice.name);
    const now = isoNow();
    const order: Omit<OrderRecord, 'post'> = {
      key,
      id: post.id,
      supplierOrderNumber: ctx.supplierOrderNumber,
      orderType: post.order_type ?? 'production',
      callbackUrls: [...(post.callback_urls ?? [])],
      scenario: choice.name,
      seed,
      history: [],
      deliveries: [],
      pendingSteps: scenario.steps.length,
      manual: this.options.manual,
      createdAt: now,
      updatedAt: now,
    };
    if (post.reference !== undefined) order.reference = post.reference;
    if (posts > 0) order.duplicateOf = post.id;
    if (choice.fileId !== undefined) order.fileId = choice.fileId;
    const record = withPost(order, post, postText);
    this.orders.put(record);
    // A held order gets its run at its first advance, planned from the record (the same bytes):
    // until then it is the record alone, which keeps taking orders cheap under --manual.
    if (!this.options.manual) {
      const planOptions = choice.fileId !== undefined ? { seed, fileId: choice.fileId } : { seed };
      this.#play(record, planScenario(scenario, ctx, planOptions));
    }
    return { order: record, choice, queued: buildCallback(ctx, 'queued') };
  }

  /** Cancels an order before production: its remaining steps are dropped and `canceled` is sent. */
  cancel(selector: OrderSelector): CancelResult {
    const order = this.orders.find(selector);
    if (!order) return { order: selector, canceled: false, message: 'No such order' };
    const current = order.status ?? 'queued';
    if (!canTransition(current, 'canceled')) {
      const why =
        current === 'canceled'
          ? 'is already canceled'
          : `is ${current} and can no longer be canceled`;
      return { order: selector, canceled: false, message: `Order '${order.id}' ${why}` };
    }
    this.#runs.get(order.key)?.stop();
    this.#runs.delete(order.key);
    this.#push(order, { status: 'canceled' }, 0);
    return { order: selector, canceled: true, message: `Order '${order.id}' canceled` };
  }

  /** Sends a status to the order's callback URLs now (after what is already queued for each URL). */
  push(
    key: string,
    request: PushRequest,
  ): { order: OrderRecord; body: string; deliveries: number } {
    return this.#push(this.#order(key), request);
  }

  /** `remaining`: the scenario steps left after this (a cancel drops them all). */
  #push(
    order: OrderRecord,
    request: PushRequest,
    remaining?: number,
  ): { order: OrderRecord; body: string; deliveries: number } {
    const bodyOptions = pushOptions(request);
    const ctx = createOrderContext(identity(order), order.seed);
    const built = buildCallback(ctx, request.status, bodyOptions);
    const body = JSON.stringify(request.patch ? applyMergePatch(built, request.patch) : built);
    const step: PlannedStep = {
      index: -1,
      label: request.status,
      status: request.status,
      bodyOptions,
      body,
      repeat: 1,
    };
    this.#stepHappened(order.key, step, remaining);
    this.#deliver(order, step);
    return { order, body, deliveries: order.callbackUrls.length };
  }

  /** Releases the next held step of a `--manual` order. */
  advance(key: string): { order: OrderRecord; step: PlannedStep } {
    const order = this.#order(key);
    const run =
      this.#runs.get(order.key) ??
      (order.manual && this.#playable(order) ? this.#playRest(order) : undefined);
    const step = run?.nextStep;
    if (!order.manual)
      throw new MockRequestError(
        409,
        'not_manual',
        `Order '${key}' is not held: the mock runs without --manual`,
      );
    if (!run || !step || !run.advance()) {
      throw new MockRequestError(409, 'no_step_left', `Order '${key}' has no step left to advance`);
    }
    return { order, step };
  }

  /** Forgets every order and journal entry; scenarios in progress stop. */
  reset(): void {
    for (const run of this.#runs.values()) run.stop();
    this.#runs.clear();
    this.orders.clear();
    this.journal.clear();
  }

  /**
   * With a durable store, resolves once what was written so far is committed (an accepted order
   * is on disk before its 202); undefined in memory, where there is nothing to wait for.
   */
  written(): Promise<void> | undefined {
    return this.#durable?.whenWritten();
  }

  /** Resolves when no step is due and no delivery is queued or in flight (held steps aside). */
  idle(): Promise<void> {
    return this.dispatcher.idle();
  }

  /**
   * Stops the scenarios and the dispatcher; attempts on the wire get up to `graceMs` to finish.
   * A durable store keeps what is still pending, and is closed.
   */
  async close(graceMs = this.options.shutdownGraceMs): Promise<void> {
    for (const run of this.#runs.values()) run.stop();
    this.#runs.clear();
    await this.dispatcher.close(graceMs);
    this.#durable?.close();
  }

  #order(key: string): OrderRecord {
    const order = this.orders.get(key);
    if (!order) throw new MockRequestError(404, 'unknown_order', `No order '${key}'`);
    return order;
  }

  /** Has scenario steps left to play, of a scenario this mock knows. */
  #playable(order: OrderRecord): boolean {
    return order.pendingSteps > 0 && this.scenarios.has(order.scenario);
  }

  /** Plans the order again from its record (seeded: the same bytes) and plays the steps it has left. */
  #playRest(order: OrderRecord): ScenarioRun {
    const ctx = createOrderContext(identity(order), order.seed);
    const plan = planScenario(this.scenarios.get(order.scenario), ctx, {
      seed: order.seed,
      ...(order.fileId !== undefined ? { fileId: order.fileId } : {}),
    });
    return this.#play(order, plan.slice(Math.max(0, plan.length - order.pendingSteps)));
  }

  #play(order: OrderRecord, plan: PlannedStep[]): ScenarioRun {
    const run = new ScenarioRun({
      plan,
      urls: order.callbackUrls,
      dispatcher: this.dispatcher,
      orderId: order.id,
      orderKey: order.key,
      stepDelayMs: this.options.stepDelayMs,
      manual: this.options.manual,
      onStep: (step) => {
        this.#stepHappened(order.key, step, run.remaining);
        if (run.remaining === 0) this.#runs.delete(order.key);
      },
      onDelivery: (step, url, result) => this.#delivered(order.key, step, url, result),
    });
    this.#runs.set(order.key, run);
    run.start();
    return run;
  }

  #deliver(order: OrderRecord, step: PlannedStep): void {
    for (const url of order.callbackUrls) {
      void this.dispatcher
        .enqueue({
          orderId: order.id,
          orderKey: order.key,
          url,
          status: step.label,
          step: step.index,
          body: step.body,
        })
        .then((result) => this.#delivered(order.key, step, url, result));
    }
  }

  #stepHappened(key: string, step: PlannedStep, remaining?: number): void {
    this.orders.update(key, (order) => {
      // A step written before the one that set the status is stale (a shuffled scenario): it is
      // delivered, but the order stays where the lifecycle has it.
      const stale =
        step.index >= 0 && order.statusStep !== undefined && step.index < order.statusStep;
      if (step.status !== undefined && !stale) {
        order.status = step.status;
        order.statusStep = step.index;
        if (step.bodyOptions) order.statusOptions = step.bodyOptions;
        else delete order.statusOptions;
      }
      const change = { label: step.label, step: step.index, at: isoNow() };
      order.history.push(step.status === undefined ? change : { ...change, status: step.status });
      if (remaining !== undefined) order.pendingSteps = remaining;
      // A held order without a run has not started yet (its run comes at its first advance).
      else if (!this.#runs.has(key) && !order.manual) order.pendingSteps = 0;
    });
  }

  #delivered(key: string, step: PlannedStep, url: string, result: DeliveryResult): void {
    if (result.interrupted) return; // not finished: still pending (and sent again after a restart)
    this.orders.update(key, (order) => {
      const summary = {
        deliveryId: result.deliveryId,
        url,
        status: step.label,
        step: step.index,
        outcome: result.outcome,
        attempts: result.attempts,
        at: result.last?.at ?? isoNow(),
      };
      const answered = result.last?.responseStatus;
      order.deliveries.push(
        answered === undefined ? summary : { ...summary, responseStatus: answered },
      );
    });
  }
}

function pushOptions(request: PushRequest): BodyOptions {
  const out: BodyOptions = {};
  if (request.packages !== undefined) out.packages = request.packages;
  if (request.status === 'not_accepted') {
    out.variant = request.variant ?? 'file-rejected';
    if (out.variant === 'file-rejected') out.fileId = request.fileId ?? 1;
  }
  return out;
}
