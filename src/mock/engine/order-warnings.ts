import type { OrderPost } from '../../generated/types.js';
import { orderNearMisses, type NearMiss } from '../../contract/near-misses.js';

/** Something an accepted order post probably did not mean: taken, but said (invented). */
export type OrderWarning = NearMiss;

/**
 * The near-misses of `callback_urls` (src/contract/near-misses.ts, whose texts `validate` says
 * too): the order is taken as Probo takes it; the warning goes on the order's admin record, into
 * `serve`'s output and into the inspector.
 */
export function orderWarnings(post: OrderPost): OrderWarning[] {
  return orderNearMisses(post);
}

/** The URLs callbacks go to: the list as posted; none for a string (see `orderWarnings`). */
export function callbackUrlsOf(post: OrderPost): string[] {
  return Array.isArray(post.callback_urls) ? [...post.callback_urls] : [];
}
