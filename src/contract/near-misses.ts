import { editDistance } from '../shared/edit-distance.js';
import { STATUSES, isProboStatus, type ProboStatus } from './statuses.js';

/**
 * Near-misses: what a shop probably meant but Probo reads otherwise, said the same way by every
 * command (`serve` when it takes an order, `validate` when it reads a body): one source of the
 * texts. A near-miss is a warning, not a refusal: Probo takes such an order (and sends it no
 * callbacks), so the mock does too.
 */
export interface NearMiss {
  /** JSON pointer into the body. */
  pointer: string;
  message: string;
}

/**
 * Near-misses of `callback_urls` that Probo takes without a word and that leave a shop without
 * callbacks: `callback_url` (singular, which two real integrations send: observed), a string
 * instead of a list, an empty list (invented texts).
 */
export function orderNearMisses(post: unknown): NearMiss[] {
  if (typeof post !== 'object' || post === null || Array.isArray(post)) return [];
  const raw = post as Record<string, unknown>;
  const found: NearMiss[] = [];
  if (Object.hasOwn(raw, 'callback_url')) {
    found.push({
      pointer: '/callback_url',
      message:
        'callback_url (singular) is not a Probo field and is ignored: send "callback_urls": ["https://…"] (a list) to get callbacks',
    });
  }
  const urls = raw.callback_urls;
  if (typeof urls === 'string') {
    found.push({
      pointer: '/callback_urls',
      message: `callback_urls is a string, not a list: no callbacks are sent; send "callback_urls": [${JSON.stringify(urls)}]`,
    });
  } else if (Array.isArray(urls) && urls.length === 0) {
    found.push({
      pointer: '/callback_urls',
      message:
        'callback_urls is empty: no callbacks are sent (the callbacks guide asks for at least one URL)',
    });
  }
  return found;
}

/**
 * The Probo status a word that is none probably means: `cancelled` → `canceled`, `Accepted` →
 * `accepted`, `shipment-delivered` → `shipment_delivered`, `order_accepted` (the changelog's old
 * prefix) → `accepted`, `shipment_deliverd` → `shipment_delivered`. Undefined when no status is
 * that close (an unknown status is no near-miss: Probo may add statuses).
 */
export function nearStatus(word: string): ProboStatus | undefined {
  if (isProboStatus(word)) return undefined;
  const plain = word
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_')
    .replace(/^order_/, '');
  if (isProboStatus(plain)) return plain;
  let best: ProboStatus | undefined;
  let bestDistance = plain.length < 8 ? 1 : 2;
  for (const status of STATUSES) {
    const d = editDistance(plain, status);
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = status;
      bestDistance = d;
    }
  }
  return best;
}

/** The near-miss of a callback's `status`, if it is one. */
export function statusNearMiss(status: unknown): NearMiss | undefined {
  if (typeof status !== 'string') return undefined;
  const meant = nearStatus(status);
  if (meant === undefined) return undefined;
  const legacy = `order_${meant}` === status;
  return {
    pointer: '/status',
    message: legacy
      ? `'${status}' is a legacy status: Probo removed the 'order_' prefix, it is now '${meant}'`
      : `'${status}' is not a Probo status: did you mean '${meant}'? A receiver that matches '${status}' never sees '${meant}'`,
  };
}
