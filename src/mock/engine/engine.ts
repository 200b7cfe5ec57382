import { canTransition } from '../../contract/index.js';
import { Dispatcher } from '../../delivery/dispatcher.js';
import type { DeliveryResult } from '../../delivery/dispatcher.js';
import { Journal } from '../../delivery/journal.js';
import { buildCallback, createOrderContext } from '../../fake/index.js';
import type {
  OrderCancelAnswer,
  OrderCancelRequest,
  OrderPost,
  OrderReleaseAnswer,
  OrderSelector,
  OrderStatusEntry,
  ProboCallback,
} from '../../generated/types.js';
import { applyMergePatch } from '../../scenarios/merge-patch.js';
import { planScenario } from '../../scenarios/plan.js';
import type { BodyOptions, PlannedStep } from '../../scenarios/plan.js';
import type { ScenarioRegistry } from '../../scenarios/registry.js';
import { ScenarioRun } from '../../scenarios/runner.js';
import type { ResolvedMockOptions } from './options.js';
import type { PushRequest } from './push-request.js';
import { MemoryOrderStore } from '../store/order-store.js';
import type { OrderRecord, OrderStore, StatusChange } from '../store/order-store.js';
import { isDurableStore } from '../store/durable-store.js';
import type { DurableOrderStore } from '../store/durable-store.js';
import { chooseScenario } from './scenario-choice.js';
import type { ScenarioChoice } from './scenario-choice.js';
import { MockDomainError } from './domain-error.js';
import { OrderGate } from './order-gate.js';
import { callbackUrlsOf, orderWarnings } from './order-warnings.js';
import { identity, statusEntry } from './status-entry.js';
import { Notices } from './notices.js';
import { customerNumberOf } from './tenant.js';
import { deliveriesOf } from './delivery-budget.js';
import { OrderBounds } from './order-bounds.js';
import type { StoreError } from '../store/store-error.js';
import { boundedPost, withPost } from '../store/stored-post.js';
import { isoNow } from '../../shared/iso-now.js';

export interface AcceptedOrder {
  order: OrderRecord;
  choice: ScenarioChoice;
  /** The body of the 202 answer: the `queued` callback. */
  queued: ProboCallback;
}

/**
 * The word Probo uses for a status in "because order status is: …": `production` for
 * `in_production` (documented); the status name itself for the others (invented).
 */
function statusWord(order: OrderRecord): string {
  if (order.releasedAt !== undefined) return 'released';
  const status = order.status ?? 'queued';
  return status === 'in_production' ? 'production' : status;
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
  /** Holds new orders until released (the uploader flow; see order-gate.ts). */
  readonly gate = new OrderGate();
  /** What the mock says about itself: store faults and recovery, refused posts (notices.ts). */
  readonly notices = new Notices();
  readonly #runs = new Map<string, ScenarioRun>();
  /** Orders whose callbacks are lost from now on (`dropCallbacks`). */
  readonly #dropping = new Set<string>();
  /** `maxPending` and `orderLimit`: memory stays bounded whatever receivers do (order-bounds.ts). */
  readonly bounds: OrderBounds;
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
      store.onFault((fault) => {
        if (fault)
          this.notices.tell(
            'store-unavailable',
            `${fault.message}; order posts get 503 store_unavailable until a write succeeds (tried again every second)`,
          );
        else this.notices.tell('store-recovered', `${store.location}: writes succeed again`);
      });
    }
    this.bounds = new OrderBounds(
      options,
      this.orders,
      this.journal,
      (key) => this.#runs.has(key) || this.gate.isHeld(key),
      (kind, message) => this.notices.tell(kind, message),
    );
    this.dispatcher = new Dispatcher({
      journal: this.journal,
      retries: options.retries,
      timeoutMs: options.timeoutMs,
      retryPolicy: { baseDelayMs: options.retryBaseMs },
      ...(options.callbackHeaders ? { headers: options.callbackHeaders } : {}),
      ...(this.#durable ? { outbox: this.#durable } : {}),
      drop: (request) => this.#dropping.has(request.orderKey ?? request.orderId),
    });
  }

  /**
   * From now on the order's callbacks are lost: journaled as `dropped`, never sent, while the
   * order goes on moving (what `POST /order/status` reports). Probo "always tries" to call
   * back; this is the lost callback a shop's reconciliation must make up for (invented).
   */
  dropCallbacks(key: string): OrderRecord {
    const order = this.#order(key);
    this.#dropping.add(order.key);
    return order;
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
      this.bounds.queue(request.orderKey ?? request.orderId, 1, false);
      void this.dispatcher
        .enqueue(request, id)
        .then((result) =>
          this.#delivered(request.orderKey ?? request.orderId, step, request.url, result),
        );
    }
    let orders = 0;
    for (const order of this.orders.list()) {
      if (!this.#playable(order)) {
        this.bounds.check(order); // finished before the restart: counts toward the order limit
        continue;
      }
      this.#playRest(order);
      orders++;
    }
    return { deliveries: pending.length, orders };
  }

  /**
   * Stores a (valid) order post and starts its scenario. `postText`, the post's JSON text as
   * received, lets the record keep the text instead of the parsed post (see stored-post.ts).
   * `tenant` (tenant.ts: a hash of the API key that posted it) owns the order: duplicates are
   * looked for among its orders only, and its customer number is the tenant's.
   */
  acceptOrder(
    post: OrderPost,
    scenarioHeader?: string,
    postText?: string,
    tenant?: string,
  ): AcceptedOrder {
    // A very large post is kept cut down (stored-post.ts): memory per order stays bounded.
    const kept = boundedPost(post, postText);
    const reference = kept.post.reference;
    const fault = this.storeFault;
    if (fault) throw storeUnavailable(fault);
    if (scenarioHeader && !this.scenarios.has(scenarioHeader)) {
      throw new MockDomainError(
        'unknown_scenario',
        `Unknown scenario "${scenarioHeader}" in X-Probo-Mock-Scenario; known: ${this.scenarios.names().join(', ')}`,
      );
    }
    const posts = this.orders.countById(post.id, tenant);
    // The id's current first post: a post after it is a duplicate, unless it was released.
    const earlier = posts > 0 ? this.orders.find({ id: post.id }, tenant) : undefined;
    const duplicate = earlier !== undefined && earlier.releasedAt === undefined;
    const choice = chooseScenario(post, scenarioHeader, duplicate, this.options.scenario);
    let key = posts === 0 ? post.id : `${post.id}~${duplicate ? 'dup' : 'new'}${posts}`;
    // A shop's own id may look like a duplicate key ("x~dup1"): never overwrite a record.
    for (let n = posts + 1; this.orders.get(key); n++)
      key = `${post.id}~${duplicate ? 'dup' : 'new'}${n}`;
    // A later post (of any tenant) gets its own seed: its own supplier order number.
    const seed =
      this.options.seed + (tenant === undefined ? posts : this.orders.countById(post.id));
    const customer = tenant === undefined ? undefined : customerNumberOf(tenant);
    const ctx = createOrderContext({ id: post.id, reference, customer }, seed);
    const scenario = this.scenarios.get(choice.name);
    const urls = callbackUrlsOf(post);
    // Held steps are not work yet (they count when advanced); a run that plays by itself is.
    const deliveries = this.options.manual ? 0 : deliveriesOf(scenario.steps, urls.length);
    this.bounds.admit(deliveries);
    const now = isoNow();
    const order: Omit<OrderRecord, 'post'> = {
      key,
      id: post.id,
      reference,
      supplierOrderNumber: ctx.supplierOrderNumber,
      orderType: post.order_type ?? 'production',
      callbackUrls: urls,
      scenario: choice.name,
      seed,
      history: [],
      deliveries: [],
      pendingSteps: scenario.steps.length,
      manual: this.options.manual,
      createdAt: now,
      updatedAt: now,
    };
    if (duplicate) order.duplicateOf = earlier.key;
    if (tenant !== undefined) order.tenant = tenant;
    if (kept.cut !== undefined) order.postCut = kept.cut;
    if (choice.fileId !== undefined) order.fileId = choice.fileId;
    const warnings = orderWarnings(post);
    if (warnings.length > 0) order.warnings = warnings;
    const record = withPost(order, kept.post, kept.text);
    this.orders.put(record);
    this.bounds.budget.expect(key, deliveries);
    // A held order gets its run at its first advance, planned from the record (the same bytes):
    // until then it is the record alone, which keeps taking orders cheap under --manual.
    if (!this.options.manual) {
      this.gate.admit(record, post, () => {
        this.#play(record, this.#planOf(record, ctx));
      });
    } else this.gate.admit(record, post, () => undefined); // held: advancing waits for it too
    return { order: record, choice, queued: buildCallback(ctx, 'queued') };
  }

  /**
   * `POST /order/status`: each known order once, in the order asked (an order named by two
   * selectors is listed once); unknown ones are left out.
   */
  status(selectors: readonly OrderSelector[], tenant?: string): OrderStatusEntry[] {
    const seen = new Set<string>();
    const out: OrderStatusEntry[] = [];
    for (const selector of selectors) {
      const order = this.orders.find(selector, tenant);
      if (!order || seen.has(order.key)) continue;
      seen.add(order.key);
      out.push(statusEntry(order));
    }
    return out;
  }

  /**
   * `POST /order/cancel`: allowed before production; the scenario's remaining steps are dropped
   * and a `canceled` callback follows (journaled as the cancel). Refusals are domain errors with
   * Probo's texts. `tenant`: only its orders can be named (another's "does not exist").
   */
  cancel(request: OrderCancelRequest, tenant?: string): OrderCancelAnswer {
    const order = this.#named(request, tenant);
    const current = order.status ?? 'queued';
    if (order.releasedAt !== undefined || !canTransition(current, 'canceled')) {
      throw new MockDomainError(
        'cannot_cancel',
        `Could not cancel order, because order status is: ${statusWord(order)}`,
        { id: order.id },
      );
    }
    this.#runs.get(order.key)?.stop();
    this.#runs.delete(order.key);
    this.gate.drop(order.key);
    this.bounds.budget.dropFuture(order.key);
    this.#push(order, { status: 'canceled' }, 0, 'cancel');
    return { status: 'cancelled', message: 'Order cancelled', id: order.id };
  }

  /**
   * `POST /order/release`: frees the id of a canceled order, so that a new post with it is a new
   * order (not a duplicate). Only a canceled order can be released.
   */
  release(request: OrderCancelRequest, tenant?: string): OrderReleaseAnswer {
    const order = this.#named(request, tenant);
    if (order.status !== 'canceled' || order.releasedAt !== undefined) {
      throw new MockDomainError(
        'cannot_release',
        `Could not release order, because order status is: ${statusWord(order)}`,
        { id: order.id },
      );
    }
    this.orders.update(order.key, (o) => {
      o.releasedAt = isoNow();
    });
    return { status: 'released', message: 'Order released', id: order.id };
  }

  /** The order a cancel or release names, or "Order does not exist" (documented). */
  #named(request: OrderCancelRequest, tenant: string | undefined): OrderRecord {
    const selector: OrderSelector =
      request.id !== undefined
        ? { id: request.id }
        : { supplier_order_number: request.supplier_order_number as number | string };
    const order = this.orders.find(selector, tenant);
    if (!order) {
      const id = request.id ?? request.supplier_order_number;
      throw new MockDomainError('order_does_not_exist', 'Order does not exist', { id });
    }
    return order;
  }

  /** Sends a status to the order's callback URLs now (after what is already queued for each URL). */
  push(
    key: string,
    request: PushRequest,
  ): { order: OrderRecord; body: string; deliveries: number } {
    return this.#push(this.#order(key), request);
  }

  /**
   * `remaining`: the scenario steps left after this (a cancel drops them all). A push never moves
   * the order's own status backwards (the lifecycle decides); its callback is sent all the same.
   */
  #push(
    order: OrderRecord,
    request: PushRequest,
    remaining?: number,
    trigger: 'push' | 'cancel' = 'push',
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
    this.#stepHappened(order.key, step, remaining, trigger);
    this.#deliver(order, step, trigger);
    this.bounds.check(order); // a cancel with no callback URLs finishes the order here
    return { order, body, deliveries: order.callbackUrls.length };
  }

  /** Releases the next held step of a `--manual` order. */
  advance(key: string): { order: OrderRecord; step: PlannedStep } {
    const order = this.#order(key);
    if (this.gate.isHeld(order.key))
      throw new MockDomainError(
        'held_for_uploads',
        `Order '${key}' waits for its uploader sessions to be confirmed`,
      );
    const run =
      this.#runs.get(order.key) ??
      (order.manual && this.#playable(order) ? this.#playRest(order) : undefined);
    const step = run?.nextStep;
    if (!order.manual)
      throw new MockDomainError(
        'not_manual',
        `Order '${key}' is not held: the mock runs without --manual`,
      );
    if (!run || !step || !run.advance()) {
      throw new MockDomainError('no_step_left', `Order '${key}' has no step left to advance`);
    }
    return { order, step };
  }

  /** Forgets every order and journal entry; scenarios in progress stop. */
  reset(): void {
    for (const run of this.#runs.values()) run.stop();
    this.#runs.clear();
    this.#dropping.clear();
    this.gate.clear();
    this.bounds.clear();
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

  /** Why the durable store cannot write now (naming its file); undefined while it can. */
  get storeFault(): StoreError | undefined {
    return this.#durable?.fault;
  }

  /**
   * Takes back an order whose post was not answered 202 (its write failed): its scenario stops
   * and the record goes, so the shop's retry is a new order, not a duplicate.
   */
  withdraw(key: string): void {
    this.#runs.get(key)?.stop();
    this.#runs.delete(key);
    this.gate.drop(key);
    this.bounds.budget.dropFuture(key);
    this.orders.remove(key);
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
    if (!order) throw new MockDomainError('unknown_order', `No order '${key}'`);
    return order;
  }

  /** Has scenario steps left to play, of a scenario this mock knows. */
  #playable(order: OrderRecord): boolean {
    return order.pendingSteps > 0 && this.scenarios.has(order.scenario);
  }

  /** Plans the order again from its record (seeded: the same bytes) and plays the steps it has left. */
  #playRest(order: OrderRecord): ScenarioRun {
    const plan = this.#planOf(order);
    const rest = plan.slice(Math.max(0, plan.length - order.pendingSteps));
    if (!this.options.manual)
      this.bounds.budget.expect(order.key, deliveriesOf(rest, order.callbackUrls.length));
    return this.#play(order, rest);
  }

  /** The order's scenario planned from its record: seed, file choice and (unless given) its ids. */
  #planOf(
    order: OrderRecord,
    ctx = createOrderContext(identity(order), order.seed),
  ): PlannedStep[] {
    const options =
      order.fileId !== undefined
        ? { seed: order.seed, fileId: order.fileId }
        : { seed: order.seed };
    return planScenario(this.scenarios.get(order.scenario), ctx, options);
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
        const n = step.repeat * order.callbackUrls.length;
        this.bounds.queue(order.key, n, !this.options.manual);
        this.#stepHappened(order.key, step, run.remaining);
        if (run.remaining === 0) {
          this.#runs.delete(order.key);
          this.bounds.check(order);
        }
      },
      onDelivery: (step, url, result) => this.#delivered(order.key, step, url, result),
    });
    this.#runs.set(order.key, run);
    run.start();
    return run;
  }

  #deliver(order: OrderRecord, step: PlannedStep, trigger: 'push' | 'cancel'): void {
    this.bounds.queue(order.key, order.callbackUrls.length, false);
    for (const url of order.callbackUrls) {
      void this.dispatcher
        .enqueue({
          orderId: order.id,
          orderKey: order.key,
          url,
          status: step.label,
          step: step.index,
          body: step.body,
          trigger,
        })
        .then((result) => this.#delivered(order.key, step, url, result));
    }
  }

  #stepHappened(
    key: string,
    step: PlannedStep,
    remaining?: number,
    trigger?: 'push' | 'cancel',
  ): void {
    this.orders.update(key, (order) => {
      // A step written before the one that set the status is stale (a shuffled scenario): it is
      // delivered, but the order stays where the lifecycle has it. So is a push backwards.
      const stale =
        step.index >= 0 && order.statusStep !== undefined && step.index < order.statusStep;
      const backwards =
        trigger !== undefined &&
        step.status !== undefined &&
        order.status !== undefined &&
        !canTransition(order.status, step.status);
      if (step.status !== undefined && !stale && !backwards) {
        order.status = step.status;
        order.statusStep = step.index;
        if (step.bodyOptions) order.statusOptions = step.bodyOptions;
        else delete order.statusOptions;
      }
      const change: StatusChange = { label: step.label, step: step.index, at: isoNow() };
      if (step.status !== undefined) change.status = step.status;
      if (trigger !== undefined) change.trigger = trigger;
      if (backwards) change.kept = true;
      order.history.push(change);
      if (remaining !== undefined) order.pendingSteps = remaining;
      // A held order without a run has not started yet (its run comes at its first advance).
      else if (!this.#runs.has(key) && !order.manual) order.pendingSteps = 0;
    });
  }

  #delivered(key: string, step: PlannedStep, url: string, result: DeliveryResult): void {
    if (result.interrupted) return; // not finished: still pending (and sent again after a restart)
    const updated = this.orders.update(key, (order) => {
      const summary: OrderRecord['deliveries'][number] = {
        deliveryId: result.deliveryId,
        url,
        status: step.label,
        step: step.index,
        outcome: result.outcome,
        attempts: result.attempts,
        at: result.last?.at ?? isoNow(),
      };
      // Added, not spread into a copy (one object per delivery): the same keys in the same order.
      const answered = result.last?.responseStatus;
      if (answered !== undefined) summary.responseStatus = answered;
      order.deliveries.push(summary);
    });
    this.bounds.done(updated, key);
  }
}

/** The refusal of an order post while the store cannot write. */
export function storeUnavailable(fault: Error): MockDomainError {
  return new MockDomainError(
    'store_unavailable',
    `The order was not taken: the store cannot write (${fault.message}); try again later`,
    undefined,
    1,
  );
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
