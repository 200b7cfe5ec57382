import { isProboStatus, LIFECYCLE_EDGES } from '../../../src/contract/index.js';
import { lifecycleNext, type Flaws, type ToyMessage, type ToyOrder } from './toy-receiver.js';

/**
 * Receivers with one flaw each that only some histories show: the proof that `verify --explore`
 * finds what the fixed state checks may not, shrinks it, and saves a scenario that replays it.
 */
export interface ExploreFlawedReceiver {
  name: string;
  flaws: Flaws;
  /** The receiver's words, when it keeps its own (a word may stand for several statuses). */
  stateMap?: Record<string, string | string[]>;
}

const keepUnknown = (order: ToyOrder, msg: ToyMessage) =>
  isProboStatus(msg.status) ? lifecycleNext(order, msg) : undefined;

// The real shop bug of the facts page: its own words found by substring of the status, so
// "not_accepted" becomes "processing" because it contains "accept". A class map describes the
// words honestly ("shipped" is any carrier status), so only the substring mistake is wrong.
const SUBSTRING_WORDS: [string, string][] = [
  ['cancel', 'cancelled'],
  ['deliver', 'completed'],
  ['picked_up', 'completed'],
  ['accept', 'processing'],
  ['ship', 'shipped'],
  ['production', 'in-production'],
  ['logistics', 'in-production'],
  ['queued', 'pending'],
];
const WORD_RANK = ['pending', 'processing', 'in-production', 'shipped', 'completed', 'cancelled'];
const SHIPPED = [
  'shipment_created',
  'shipment_scanned_by_carrier',
  'shipment_in_transit',
  'shipment_delayed',
  'shipment_exception',
  'shipment_not_at_home',
  'shipment_available_at_pickup_point',
  'shipment_returned',
];

const GRAPH = new Set(LIFECYCLE_EDGES.map(([a, b]) => `${a}→${b}`));

export const EXPLORE_FLAWED_RECEIVERS: ExploreFlawedReceiver[] = [
  {
    // The last message wins (it knows the duplicate-order refusal from the guide, nothing else).
    name: 'applies stale updates',
    flaws: {
      next: (order, msg) => {
        if (!isProboStatus(msg.status) || order.state === msg.status) return undefined;
        if (msg.status === 'not_accepted' && order.state !== undefined && order.state !== 'queued')
          return undefined;
        return msg.status;
      },
    },
  },
  {
    name: 'maps statuses by substring (not_accepted contains "accept")',
    flaws: {
      next: (order, msg) => {
        const word = SUBSTRING_WORDS.find(([part]) => msg.status.includes(part))?.[1];
        if (word === undefined) return undefined;
        const current = order.state === undefined ? -1 : WORD_RANK.indexOf(order.state);
        return WORD_RANK.indexOf(word) > current ? word : undefined;
      },
    },
    stateMap: {
      pending: 'queued',
      processing: 'accepted',
      'in-production': ['in_production', 'logistics'],
      shipped: SHIPPED,
      completed: ['shipment_delivered', 'shipment_picked_up'],
      cancelled: 'canceled',
      rejected: 'not_accepted',
    },
  },
  {
    // Moves only along the documented next step: stuck at queued when accepted never comes.
    name: 'is stuck when a step is skipped',
    flaws: {
      next: (order, msg) => {
        if (!isProboStatus(msg.status)) return undefined;
        if (order.state === undefined) return msg.status;
        return GRAPH.has(`${order.state}→${msg.status}`) ? msg.status : undefined;
      },
    },
  },
  {
    // Every carrier trouble ends the order as delivered: "the parcel is with the carrier".
    name: 'records carrier failures as delivered',
    flaws: {
      next: (order, msg) => {
        const failure = [
          'shipment_returned',
          'shipment_exception',
          'shipment_not_at_home',
          'shipment_delayed',
        ];
        if (failure.includes(msg.status)) {
          return lifecycleNext(order, { ...msg, status: 'shipment_delivered' });
        }
        return keepUnknown(order, msg);
      },
    },
  },
  {
    // Stores whatever status comes that is not the current one, known or not.
    name: 'applies unknown statuses',
    flaws: {
      next: (order, msg) =>
        isProboStatus(msg.status)
          ? lifecycleNext(order, msg)
          : order.state === msg.status
            ? undefined
            : msg.status,
    },
  },
];
