import type { OrderPost } from '../../generated/types.js';
import type { OrderRecord } from './order-store.js';

const KEPT = Symbol('probo-mock kept post');

/** The post's JSON text until `post` is first read, then the parsed post. */
type Kept = string | OrderPost;

// One getter for every record: records keep sharing one shape (one hidden class).
function readPost(this: { [KEPT]: Kept }): OrderPost {
  const kept = this[KEPT];
  if (typeof kept !== 'string') return kept;
  const post = JSON.parse(kept) as OrderPost;
  this[KEPT] = post;
  return post;
}

/**
 * Puts the order post on its record. Given the post's JSON text as received, the record keeps
 * that text and parses it when `post` is first read (the admin API, the SQLite store): one flat
 * string instead of some forty objects per order for the garbage collector to trace, ~10% of the
 * mock's CPU per order when many orders are held (profiled). `post` stays an own enumerable
 * property, so JSON, spreads and destructuring see it as before, equal to the post given.
 */
export function withPost(
  order: Omit<OrderRecord, 'post'>,
  post: OrderPost,
  text: string | undefined,
): OrderRecord {
  if (text === undefined) return Object.assign(order, { post });
  Object.defineProperty(order, KEPT, { value: text, writable: true, enumerable: false });
  Object.defineProperty(order, 'post', { get: readPost, enumerable: true, configurable: true });
  return order as OrderRecord;
}

/** Largest order post kept as received, in characters of its JSON text (invented). */
export const POST_TEXT_KEPT = 64 * 1024;
/** A larger post is kept cut down: each string to this many characters, … */
const STRING_KEPT = 1024;
/** … each list to this many items. */
const ITEMS_KEPT = 100;

/**
 * The post an order keeps: as received up to POST_TEXT_KEPT characters; a larger one (a
 * megabyte of reference or of products) cut down, so that memory per order stays bounded.
 * `cut` is the size of the text received, when it was cut.
 */
export function boundedPost(
  post: OrderPost,
  text: string | undefined,
): { post: OrderPost; text: string | undefined; cut?: number } {
  if (text === undefined || text.length <= POST_TEXT_KEPT) return { post, text };
  // The id and the callback URLs stay whole: they are the order's identity and its deliveries.
  const kept = { ...(cutDown(post) as OrderPost), id: post.id };
  if (post.callback_urls !== undefined) kept.callback_urls = post.callback_urls;
  return { post: kept, text: undefined, cut: text.length };
}

function cutDown(value: unknown): unknown {
  if (typeof value === 'string')
    return value.length > STRING_KEPT ? `${value.slice(0, STRING_KEPT)}…` : value;
  if (Array.isArray(value)) return value.slice(0, ITEMS_KEPT).map(cutDown);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  let n = 0;
  for (const [key, item] of Object.entries(value)) {
    if (n++ === ITEMS_KEPT) break;
    out[key] = cutDown(item);
  }
  return out;
}
