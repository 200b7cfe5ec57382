import fc from 'fast-check';
import type { OrderPost } from '../../src/generated/types.js';
import { shopOrder } from './mock-orders.js';

/** One generated request body for `POST /order`, and how it was made (for failure messages). */
export interface FuzzBody {
  kind: string;
  payload: string | Buffer;
  /** Absent: no content-type header at all. */
  contentType?: string;
  /**
   * True when the body is bad by construction (the answer must be a 4xx). False when the body may
   * still be a valid order (an extra `constructor` key, say): then 202 is fine too, when the
   * schema accepts it.
   */
  mustFail: boolean;
}

const JSON_TYPE = 'application/json';

/** The field paths of a valid order and the JSON type(s) each one may have. */
const TYPED_PATHS: ReadonlyArray<[path: Array<string | number>, type: JsonType | JsonType[]]> = [
  [[], 'object'],
  [['id'], 'string'],
  [['reference'], 'string'],
  [['contact_email'], 'string'],
  // A string is taken too (with a warning, and no callbacks).
  [['callback_urls'], ['array', 'string']],
  [['callback_urls', 0], 'string'],
  [['deliveries'], 'array'],
  [['deliveries', 0], 'object'],
  [['deliveries', 0, 'address'], 'object'],
  [['deliveries', 0, 'address', 'postal_code'], 'string'],
  [['deliveries', 0, 'address', 'country'], 'string'],
  [['products'], 'array'],
  [['products', 0], 'object'],
  [['products', 0, 'code'], 'string'],
  [['products', 0, 'options'], 'array'],
  [['products', 0, 'files'], 'array'],
  [['products', 0, 'files', 0], 'object'],
  [['products', 0, 'files', 0, 'uri'], 'string'],
];

type JsonType = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';

function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value as JsonType;
}

function baseOrder(id: string): OrderPost {
  return shopOrder({ id, callbackUrls: ['https://shop.example/probo/callback'] });
}

/** A copy of `root` with the value at `path` replaced (the root itself when `path` is empty). */
function setAt(root: unknown, path: ReadonlyArray<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

const orderId = fc.stringMatching(/^[a-z0-9_-]{1,24}$/);

/** A valid order with one field replaced by a value of another JSON type. */
const wrongType: fc.Arbitrary<FuzzBody> = fc
  .tuple(orderId, fc.constantFrom(...TYPED_PATHS), fc.jsonValue({ maxDepth: 4 }))
  .filter(([, [, type], value]) => ![type].flat().includes(jsonType(value)))
  .map(([id, [path], value]) => ({
    kind: `wrong type at /${path.join('/')}`,
    payload: JSON.stringify(setAt(baseOrder(id), path, value)),
    contentType: JSON_TYPE,
    mustFail: true,
  }));

/** Any JSON value at all as the whole body: never an order with id, deliveries and products. */
const anyJson: fc.Arbitrary<FuzzBody> = fc
  .jsonValue({ maxDepth: 6 })
  .filter(
    (v) =>
      jsonType(v) !== 'object' ||
      !['id', 'deliveries', 'products'].every((k) => k in (v as object)),
  )
  .map((value) => ({
    kind: 'any JSON value',
    payload: JSON.stringify(value) ?? 'null',
    contentType: JSON_TYPE,
    mustFail: true,
  }));

/** Arrays or objects nested thousands deep, at the root or in place of a required field. */
const deepNesting: fc.Arbitrary<FuzzBody> = fc
  .tuple(orderId, fc.integer({ min: 100, max: 20_000 }), fc.boolean(), fc.boolean())
  .map(([id, depth, objects, atRoot]) => {
    const open = objects ? '{"a":'.repeat(depth) : '['.repeat(depth);
    const close = (objects ? '}' : ']').repeat(depth);
    const nested = `${open}1${close}`;
    const payload = atRoot
      ? nested
      : JSON.stringify(baseOrder(id)).replace(/"products":/, `"products":${nested},"x":`);
    return { kind: `nested ${depth} deep`, payload, contentType: JSON_TYPE, mustFail: true };
  });

/** Very long strings where the schema wants a URL, an enum value, two letters or an object. */
const longStrings: fc.Arbitrary<FuzzBody> = fc
  .tuple(
    orderId,
    fc.integer({ min: 10_000, max: 400_000 }),
    fc.constantFrom<Array<string | number>>(
      ['callback_urls', 0],
      ['order_type'],
      ['language'],
      ['deliveries', 0],
      ['deliveries', 0, 'address', 'country'],
    ),
    fc.constantFrom('a', 'é', '😀', '\u0000', '"'),
  )
  .map(([id, length, path, unit]) => ({
    kind: `a ${length}-character string at /${path.join('/')}`,
    payload: JSON.stringify(setAt(baseOrder(id), path, unit.repeat(length))),
    contentType: JSON_TYPE,
    mustFail: true,
  }));

/** Arrays of tens of thousands of wrong items. */
const hugeArrays: fc.Arbitrary<FuzzBody> = fc
  .tuple(
    orderId,
    fc.integer({ min: 1_000, max: 60_000 }),
    fc.constantFrom('callback_urls', 'deliveries', 'products', 'error_email_addresses'),
    fc.constantFrom<unknown>(0, 'not-a-url', null, [], true),
  )
  // Any string is an e-mail address to the specification (it gives no format).
  .filter(([, , field, item]) => !(field === 'error_email_addresses' && typeof item === 'string'))
  .map(([id, length, field, item]) => ({
    kind: `${field} with ${length} items of ${JSON.stringify(item)}`,
    payload: JSON.stringify({ ...baseOrder(id), [field]: new Array<unknown>(length).fill(item) }),
    contentType: JSON_TYPE,
    mustFail: true,
  }));

/** `__proto__` keys (refused outright) and `constructor`/`prototype` keys, at any depth. */
const prototypeKeys: fc.Arbitrary<FuzzBody> = fc
  .tuple(
    orderId,
    fc.constantFrom('__proto__', '\\u005f_proto__', 'constructor', 'prototype'),
    fc.constantFrom('{', '"deliveries":[{', '"address":{', '"products":[{'),
  )
  .map(([id, key, where]) => {
    const poison = `"${key}":{"polluted":"yes","prototype":{"polluted":"yes"}},`;
    const text = JSON.stringify(baseOrder(id));
    const at = text.indexOf(where) + where.length;
    return {
      kind: `a ${key} key after ${where}`,
      payload: text.slice(0, at) + poison + text.slice(at),
      contentType: JSON_TYPE,
      // `constructor` and `prototype` are plain extra fields to JSON; `__proto__` is refused.
      mustFail: key.includes('proto__'),
    };
  });

/** The same key twice, the last one with a wrong type (JSON.parse keeps the last). */
const duplicateKeys: fc.Arbitrary<FuzzBody> = fc
  .tuple(
    orderId,
    fc.constantFrom('id', 'deliveries', 'products', 'callback_urls'),
    fc.constantFrom('5', 'null', '{}', 'false'),
  )
  .map(([id, key, wrong]) => {
    const text = JSON.stringify(baseOrder(id));
    return {
      kind: `duplicate key ${key}`,
      payload: `${text.slice(0, -1)},"${key}":${wrong}}`,
      contentType: JSON_TYPE,
      mustFail: true,
    };
  });

/** Bytes that are not UTF-8 inside string values (JSON must be UTF-8: RFC 8259 section 8.1). */
const invalidUtf8: fc.Arbitrary<FuzzBody> = fc
  .tuple(
    orderId,
    fc.constantFrom(
      [0xff],
      [0xc3, 0x28],
      [0xe2, 0x28, 0xa1],
      [0xf0, 0x28, 0x8c, 0xbc],
      [0xed, 0xa0, 0x80], // an encoded lone surrogate
      [0xc0, 0xaf], // an overlong "/"
    ),
    fc.constantFrom('"reference":"', '"city":"', '"code":"'),
  )
  .map(([id, bytes, where]) => {
    const text = Buffer.from(JSON.stringify(baseOrder(id)));
    const at = text.indexOf(where) + where.length;
    return {
      kind: `bytes ${bytes.map((b) => b.toString(16)).join(' ')} after ${where}`,
      payload: Buffer.concat([text.subarray(0, at), Buffer.from(bytes), text.subarray(at)]),
      contentType: JSON_TYPE,
      mustFail: true,
    };
  });

/** Broken JSON text: cut short, trailing commas, comments, single quotes, NaN, nothing at all. */
const brokenJson: fc.Arbitrary<FuzzBody> = fc
  .tuple(orderId, fc.nat(), fc.constantFrom('cut', 'comma', 'comment', 'quote', 'nan', 'empty'))
  .map(([id, n, how]) => {
    const text = JSON.stringify(baseOrder(id));
    const broken = {
      cut: text.slice(0, n % (text.length - 1)),
      comma: `${text.slice(0, -1)},}`,
      comment: `/* order */${text}`,
      quote: text.replaceAll('"', "'"),
      nan: text.replace(/"id":"[^"]*"/, '"id":NaN'),
      empty: n % 2 === 0 ? '' : '   \n',
    }[how];
    return {
      kind: `broken JSON (${how})`,
      payload: broken,
      contentType: JSON_TYPE,
      mustFail: true,
    };
  });

/** A valid order under a content type that is not JSON, or none. */
const wrongContentType: fc.Arbitrary<FuzzBody> = fc
  .tuple(
    orderId,
    fc.constantFrom<string | undefined>(
      'text/plain',
      'application/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=xyz',
      'application/octet-stream',
      'image/png',
      'text/json',
      undefined,
    ),
    fc.boolean(),
  )
  .map(([id, contentType, form]) => {
    const payload = form ? `id=${id}&deliveries=1&products=2` : `<order><id>${id}</id></order>`;
    const body: FuzzBody = {
      kind: `content type ${contentType ?? '(none)'}`,
      payload,
      mustFail: true,
    };
    if (contentType !== undefined) body.contentType = contentType;
    return body;
  });

/** Every kind of bad body, weighted towards the cheap ones. */
export const fuzzBody: fc.Arbitrary<FuzzBody> = fc.oneof(
  { arbitrary: wrongType, weight: 6 },
  { arbitrary: anyJson, weight: 4 },
  { arbitrary: deepNesting, weight: 1 },
  { arbitrary: longStrings, weight: 1 },
  { arbitrary: hugeArrays, weight: 1 },
  { arbitrary: prototypeKeys, weight: 2 },
  { arbitrary: duplicateKeys, weight: 2 },
  { arbitrary: invalidUtf8, weight: 2 },
  { arbitrary: brokenJson, weight: 2 },
  { arbitrary: wrongContentType, weight: 2 },
);
