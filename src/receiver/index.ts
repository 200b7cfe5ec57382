// The reference receiver: the example integrators copy, and the demo's target.
export { startReceiver, type ReceiverOptions, type RunningReceiver } from './server.js';
export {
  OrderBook,
  type ReceiverOrder,
  type ApplyResult,
  type CallbackFacts,
  type TrackedPackage,
} from './order-book.js';
