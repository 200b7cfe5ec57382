import { isProboStatus, STATUS_CATALOG, type ProboStatus } from '../../../src/contract/index.js';
import type { CheckId, StateMapInput } from '../../../src/conformance/index.js';
import { lifecycleNext, type Flaws, type ToyMessage, type ToyOrder } from './toy-receiver.js';

/** One flawed receiver: the mistake it makes, and the checks that must catch it. */
export interface FlawedReceiver {
  name: string;
  flaws: Flaws;
  /** The checks verify must fail: the one for this flaw, and any other it unavoidably breaks. */
  fails: CheckId[];
  /** Options for the run besides the target and hooks. */
  verify?: { timeoutMs?: number; stateMap?: StateMapInput; setup?: boolean };
}

/**
 * A shop's own coarse words, as the real shop of issue 14 keeps them: one word for several
 * statuses. The receiver applies Probo's statuses correctly and reports only its word.
 */
const COARSE_WORDS: Record<ProboStatus, string> = {
  queued: 'new',
  accepted: 'confirmed',
  not_accepted: 'problem',
  in_production: 'printing',
  logistics: 'printing',
  shipment_created: 'shipped',
  shipment_scanned_by_carrier: 'shipped',
  shipment_in_transit: 'shipped',
  shipment_delayed: 'shipped',
  shipment_not_at_home: 'shipped',
  shipment_available_at_pickup_point: 'shipped',
  shipment_exception: 'problem',
  shipment_returned: 'returned',
  shipment_picked_up: 'completed',
  shipment_delivered: 'completed',
  canceled: 'cancelled',
};

/** The coarse shop's word for an order it has created and no callback has moved yet. */
export const COARSE_NO_STATUS_WORD = 'paid';

/**
 * The class map that describes COARSE_WORDS: each word → every status it stands for, and the word
 * for "no Probo status yet" → [].
 */
export const COARSE_STATE_MAP: Record<string, ProboStatus[]> = { [COARSE_NO_STATUS_WORD]: [] };
for (const [status, word] of Object.entries(COARSE_WORDS) as [ProboStatus, string][]) {
  (COARSE_STATE_MAP[word] ??= []).push(status);
}

/** The coarse shop's word for its state. */
export const coarseWord = (state: string): string =>
  isProboStatus(state) ? COARSE_WORDS[state] : state;

const rank = (status: string): number =>
  isProboStatus(status) ? STATUS_CATALOG[status].rank : Number.NaN;

// The real shop bug of the facts page: statuses mapped to the shop's own words by substring, so
// "not_accepted" becomes "processing" because it contains "accept".
const SUBSTRING_WORDS: [string, string][] = [
  ['cancel', 'cancelled'],
  ['deliver', 'completed'],
  ['picked_up', 'completed'],
  ['accept', 'processing'],
  ['ship', 'shipped'],
  ['production', 'in-production'],
  ['queued', 'pending'],
];
const WORD_RANK = ['pending', 'processing', 'in-production', 'shipped', 'completed', 'cancelled'];
export const SUBSTRING_STATE_MAP = {
  pending: 'queued',
  processing: 'accepted',
  'in-production': 'in_production',
  shipped: 'shipment_in_transit',
  completed: 'shipment_delivered',
  cancelled: 'canceled',
  rejected: 'not_accepted',
};

function substringNext(order: ToyOrder, msg: ToyMessage): string | undefined {
  const word = SUBSTRING_WORDS.find(([part]) => msg.status.includes(part))?.[1];
  if (word === undefined) return undefined;
  const current = order.state === undefined ? -1 : WORD_RANK.indexOf(order.state);
  return WORD_RANK.indexOf(word) > current ? word : undefined;
}

export const FLAWED_RECEIVERS: FlawedReceiver[] = [
  {
    // Greps the body for "status":"…" instead of parsing it: works for compact JSON only, and the
    // guide's examples have a space after the colon.
    name: 'greps the status out of compact JSON',
    flaws: { screen: (_msg, raw) => (/"status":"[a-z_]+"/.test(raw) ? undefined : 400) },
    fails: ['accepts-documented-examples'],
  },
  {
    // Its shipment_returned handler (a refund call) throws.
    name: 'crashes on shipment_returned',
    flaws: { screen: (msg) => (msg.status === 'shipment_returned' ? 500 : undefined) },
    // The refused shipment_returned is never recorded either.
    fails: ['accepts-every-status', 'state-records-failed-delivery'],
  },
  {
    // Calls the carrier's API synchronously when a parcel is scanned, before answering. Every
    // status is also sent by accepts-every-status, so that check sees the slow answer too.
    name: 'answers slowly when a parcel is scanned',
    flaws: { delayMs: (msg) => (msg.status === 'shipment_scanned_by_carrier' ? 2500 : 0) },
    fails: ['accepts-every-status', 'responds-in-time'],
    verify: { timeoutMs: 800 },
  },
  {
    // Refuses any message it has seen before, byte for byte, with 409. Probo's bodies carry no
    // message id or time, so the carrier's return to shipment_in_transit after an exception is the
    // first in-transit message again, byte for byte: it keeps the exception too.
    name: 'refuses a redelivered message',
    flaws: { screen: (_msg, raw, { seen }) => (seen.has(raw) ? 409 : undefined) },
    fails: ['tolerates-redelivery', 'state-records-failed-delivery'],
  },
  {
    // Answers 409 to a status older (lower in rank) than the order's current one.
    name: 'refuses a status older than the current one',
    flaws: {
      screen: (msg, _raw, { order }) =>
        order?.state !== undefined && rank(msg.status) < rank(order.state) ? 409 : undefined,
    },
    fails: ['tolerates-out-of-order'],
  },
  {
    // Looks the status up in its own table and throws when it is not there.
    name: 'crashes on a status it does not know',
    flaws: { screen: (msg) => (isProboStatus(msg.status) ? undefined : 500) },
    fails: ['tolerates-unknown-status'],
  },
  {
    // Validates callbacks against a closed schema of its own and answers 400 to any other property.
    name: 'refuses properties it does not know',
    flaws: {
      screen: (msg) => {
        const known = (o: object, keys: string[]) => Object.keys(o).every((k) => keys.includes(k));
        const packages = (msg.shipped_packages ?? []) as object[];
        const ok =
          known(msg, ['status', 'message', 'order', 'file', 'shipped_packages']) &&
          known(msg.order, ['id', 'reference', 'supplier_order_number', 'status_page_url']) &&
          packages.every((p) => known(p, ['id', 'tracking_url', 'barcode']));
        return ok ? undefined : 400;
      },
    },
    fails: ['tolerates-extra-fields'],
  },
  {
    // Uppercases the order reference without checking that there is one: TypeError, 500.
    name: 'demands order.reference',
    flaws: {
      screen: (msg) => {
        (msg.order.reference as string).toUpperCase();
        return undefined;
      },
    },
    fails: ['tolerates-minimal-payload'],
  },
  {
    // Knows only orders that were set up, and dereferences the missing one: 500.
    name: 'crashes on an order it does not know',
    flaws: { unknownOrderStatus: 500 },
    fails: ['tolerates-unknown-order'],
    verify: { setup: true },
  },
  {
    // Swallows the parse error and answers 200 to a body it could not read.
    name: 'acknowledges a body that is not JSON',
    flaws: { malformedStatus: 200 },
    fails: ['rejects-malformed-body'],
  },
  {
    // A pool of 20 database connections and no queue: request 21 in flight gets a 503. Each request
    // does 50 ms of work, so that a burst really overlaps; the other checks send one at a time.
    name: 'refuses more than 20 requests in flight',
    // A queued message (all of the burst's are) takes 500 ms more, so that the burst overlaps
    // however slowly a busy machine opens its 50 connections.
    flaws: {
      maxInFlight: 20,
      workMs: 50,
      delayMs: (msg) => (msg.status === 'queued' ? 500 : 0),
    },
    fails: ['handles-concurrent-burst'],
  },
  {
    // A body parser limit of 16 KiB: a shipment of 200 packages gets a 413.
    name: 'limits bodies to 16 KiB',
    flaws: { maxBodyBytes: 16 * 1024 },
    fails: ['handles-large-payload'],
  },
  {
    // Stores text in a MySQL "utf8" (3-byte) column: characters outside the BMP (emoji) fail.
    name: 'fails on characters outside the BMP',
    flaws: { screen: (_msg, raw) => (/[\u{10000}-\u{10FFFF}]/u.test(raw) ? 500 : undefined) },
    fails: ['handles-unicode'],
  },
  {
    // An outdated copy of the status list without shipment_delivered: the order stays in transit.
    name: 'never records shipment_delivered',
    flaws: {
      next: (order, msg) =>
        msg.status === 'shipment_delivered' ? undefined : lifecycleNext(order, msg),
    },
    // Its last step is shipment_delivered too, which this receiver never records.
    fails: ['state-follows-lifecycle', 'state-advances-past-skipped-steps'],
  },
  {
    // The last message wins, except that it knows the duplicate-order refusal from the guide.
    name: 'applies stale updates',
    flaws: {
      next: (order, msg) => {
        if (!isProboStatus(msg.status)) return undefined;
        if (
          msg.status === 'not_accepted' &&
          order.state !== undefined &&
          order.state !== 'queued'
        ) {
          return undefined;
        }
        return order.state === msg.status ? undefined : msg.status;
      },
    },
    // The second order of the skipped-steps check gets accepted after in_production: stale too.
    // And an applied stale accepted sends the accepted e-mail a second time.
    fails: [
      'state-ignores-stale-updates',
      'state-advances-past-skipped-steps',
      'applies-effects-once',
    ],
  },
  {
    name: 'maps statuses by substring (not_accepted contains "accept")',
    flaws: { next: substringNext },
    // shipment_returned and shipment_held_at_customs contain "ship": both become "shipped".
    fails: [
      'state-records-rejection',
      'state-records-failed-delivery',
      'state-ignores-unknown-status',
    ],
    verify: { stateMap: SUBSTRING_STATE_MAP },
  },
  {
    // Handles "cancelled" with two l; Probo sends "canceled".
    name: 'expects "cancelled" with two l',
    flaws: {
      next: (order, msg) => (msg.status === 'canceled' ? undefined : lifecycleNext(order, msg)),
    },
    fails: ['state-records-cancellation'],
  },
  {
    // "A rejection always wins": applies not_accepted whenever it comes, also to an order in production.
    name: 'overwrites the order on a duplicate-order refusal',
    flaws: {
      next: (order, msg) =>
        msg.status === 'not_accepted' ? msg.status : lifecycleNext(order, msg),
    },
    fails: ['state-keeps-original-on-duplicate-order'],
  },
  {
    // Counts "not at home" messages as delivery attempts; after two it books the parcel as returned,
    // so a redelivered message counts as a second attempt.
    name: 'counts redeliveries as new delivery attempts',
    flaws: {
      next: (order, msg) => {
        if (msg.status === 'shipment_not_at_home') {
          order.counts.notAtHome = (order.counts.notAtHome ?? 0) + 1;
          if (order.counts.notAtHome >= 2) return 'shipment_returned';
        }
        return lifecycleNext(order, msg);
      },
    },
    fails: ['state-survives-redelivery'],
  },
  {
    // The real shop of issue 14: one word, "shipped", for every shipment status, returned and
    // exception included (under a class map that says what "shipped" means).
    name: 'records a returned shipment and a carrier exception as "shipped"',
    flaws: {
      stateWord: (state) =>
        state === 'shipment_returned' || state === 'shipment_exception'
          ? 'shipped'
          : coarseWord(state),
    },
    fails: ['state-records-failed-delivery'],
    verify: { stateMap: COARSE_STATE_MAP },
  },
  {
    // A fixed sequence: from accepted it waits for in_production, so a skipped in_production (or
    // one that came before accepted) leaves the order "accepted" forever.
    name: 'waits at accepted for in_production',
    flaws: {
      next: (order, msg) => {
        if (
          order.state === 'queued' &&
          msg.status !== 'accepted' &&
          msg.status !== 'not_accepted' &&
          msg.status !== 'canceled'
        )
          return undefined;
        if (
          order.state === 'accepted' &&
          msg.status !== 'in_production' &&
          msg.status !== 'canceled'
        )
          return undefined;
        return lifecycleNext(order, msg);
      },
    },
    fails: ['state-advances-past-skipped-steps'],
  },
  {
    // Stores whatever status comes, known or not.
    name: 'stores a status it does not know',
    flaws: {
      next: (order, msg) => (isProboStatus(msg.status) ? lifecycleNext(order, msg) : msg.status),
    },
    fails: ['state-ignores-unknown-status'],
  },
  {
    // The real shop of issue 14: `typeof n === 'string' ? n : null`, and Probo sends a number.
    name: 'keeps supplier_order_number only when it is a string',
    flaws: { keepSupplierNumber: (n) => (typeof n === 'string' ? n : null) },
    fails: ['state-records-supplier-order-number'],
  },
  {
    // Reads shipped_packages[0] only: a second parcel has no track and trace.
    name: 'keeps the tracking of the first package only',
    flaws: {
      keepTracking: (packages) => (packages[0]?.tracking_url ? [packages[0].tracking_url] : []),
    },
    fails: ['state-records-tracking'],
  },
  {
    // The real shop of issue 14: reads tracking from a field Probo does not send.
    name: 'never reads tracking from shipped_packages',
    flaws: { keepTracking: () => [] },
    fails: ['state-records-tracking'],
  },
  {
    // The shop integration of the facts page: it compares X-Security-Header only when one is
    // sent (or when a secret is configured), so a callback without it is taken.
    name: 'accepts a callback without the secret',
    flaws: { acceptsWithoutSecret: true },
    fails: ['rejects-forged-callback'],
  },
  {
    // Sends the "your order has shipped" e-mail for every shipment_in_transit that arrives.
    name: 'e-mails "on its way" on every copy of shipment_in_transit',
    flaws: {
      effect: ({ msg, changed }) =>
        changed || msg.status === 'shipment_in_transit'
          ? { kind: 'email', status: msg.status }
          : undefined,
    },
    fails: ['applies-effects-once'],
  },
  {
    // Ignores a stale status for the state, but sends its e-mail all the same: the e-mail is
    // sent for any status other than the current one, before the lifecycle is asked.
    name: 'e-mails again for a stale repeat of an earlier status',
    flaws: {
      effect: ({ msg, before }) =>
        isProboStatus(msg.status) && msg.status !== before
          ? { kind: 'email', status: msg.status }
          : undefined,
    },
    fails: ['applies-effects-once'],
  },
  {
    // Reads the order, writes the status after a 100 ms database round trip, and decides on the
    // e-mail from what it read: two copies at the same moment both see "queued", both e-mail.
    name: 'e-mails twice for two copies of accepted that arrive at the same moment',
    flaws: {
      delayMs: (msg) => (msg.status === 'accepted' ? 100 : 0),
      effect: ({ order, msg, before }) => {
        const applies = lifecycleNext({ ...order, state: before }, msg) !== undefined;
        return applies ? { kind: 'email', status: msg.status } : undefined;
      },
    },
    fails: ['applies-effects-once'],
  },
];
