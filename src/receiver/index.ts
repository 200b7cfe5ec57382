// The reference receiver: the example integrators copy, and the demo's target.
export { startReceiver, type ReceiverOptions, type RunningReceiver } from './server.js';
export {
  OrderBook,
  type ReceiverOrder,
  type ApplyResult,
  type CallbackFacts,
  type TrackedPackage,
} from './order-book.js';
export {
  startReferenceShop,
  type ReferenceShopOptions,
  type RunningShop,
} from './reference-shop.js';
export { ProboClient, type ProboClientOptions, type PlaceOutcome } from './probo-client.js';
