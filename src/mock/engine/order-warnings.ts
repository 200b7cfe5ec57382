import type { OrderPost } from '../../generated/types.js';

/** Something an accepted order post probably did not mean: taken, but said (invented). */
export interface OrderWarning {
  /** JSON pointer into the post. */
  pointer: string;
  message: string;
}

/**
 * Near-misses of `callback_urls` that Probo takes without a word and that leave a shop without
 * callbacks: `callback_url` (singular, which two real integrations send: observed), a string
 * instead of a list, an empty list. The order is taken as Probo takes it; the warning goes on the
 * order's admin record, into `serve`'s output and into the inspector.
 */
export function orderWarnings(post: OrderPost): OrderWarning[] {
  const warnings: OrderWarning[] = [];
  const raw = post as unknown as Record<string, unknown>;
  if (Object.hasOwn(raw, 'callback_url')) {
    warnings.push({
      pointer: '/callback_url',
      message:
        'callback_url (singular) is not a Probo field and is ignored: send "callback_urls": ["https://…"] (a list) to get callbacks',
    });
  }
  const urls = raw.callback_urls;
  if (typeof urls === 'string') {
    warnings.push({
      pointer: '/callback_urls',
      message: `callback_urls is a string, not a list: no callbacks are sent; send "callback_urls": [${JSON.stringify(urls)}]`,
    });
  } else if (Array.isArray(urls) && urls.length === 0) {
    warnings.push({
      pointer: '/callback_urls',
      message:
        'callback_urls is empty: no callbacks are sent (the callbacks guide asks for at least one URL)',
    });
  }
  return warnings;
}

/** The URLs callbacks go to: the list as posted; none for a string (see `orderWarnings`). */
export function callbackUrlsOf(post: OrderPost): string[] {
  return Array.isArray(post.callback_urls) ? [...post.callback_urls] : [];
}
