import { isUtf8 } from 'node:buffer';
import type { ErrorBody } from '../../generated/types.js';
import { formatPointer } from '../../shared/json-pointer.js';
import { proboError } from './probo-error.js';
import type { HttpErrorCode } from './probo-error.js';

/**
 * Shape limits of a JSON request body (invented: Probo publishes none). They keep one request
 * from costing seconds: schema validation that names every problem is quadratic in the number of
 * bad array items, and a body nested thousands deep is never an order.
 */
export interface JsonBodyLimits {
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /** Most items in any one array. */
  maxItems: number;
}

export const JSON_BODY_LIMITS: Readonly<JsonBodyLimits> = { maxDepth: 64, maxItems: 1000 };

export type JsonBodyResult =
  | { ok: true; value: unknown; /** The body as text ('null' for an empty one). */ text: string }
  | { ok: false; error: ErrorBody };

/**
 * Reads a raw request body as JSON, strictly: UTF-8 only (RFC 8259 section 8.1: invalid bytes
 * are refused, not replaced), no `__proto__` keys, within `limits`. An empty body is `null`, for
 * the schema to name the root. Never throws.
 */
export function parseJsonBody(
  raw: Buffer | null | undefined,
  limits: JsonBodyLimits = JSON_BODY_LIMITS,
): JsonBodyResult {
  if (!raw || raw.length === 0) return { ok: true, value: null, text: 'null' };
  if (!isUtf8(raw)) {
    return refuse(
      'invalid_encoding',
      'The request body is not valid UTF-8 (JSON must be sent as UTF-8)',
    );
  }
  const text = raw.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse(
      'invalid_json',
      `The request body is not valid JSON: ${(error as Error).message}`,
    );
  }
  const problem = shapeProblem(value, limits);
  return problem ? refuse(problem.code, problem.message) : { ok: true, value, text };
}

function refuse(code: HttpErrorCode, message: string): JsonBodyResult {
  return { ok: false, error: proboError(code, message).body };
}

type ShapeProblem = { code: 'too_deep' | 'too_many_items' | 'forbidden_key'; message: string };

/**
 * Walks the parsed body once. Recursive, but never deeper than `maxDepth` + 1 frames (a deeper
 * body is refused before its children are visited), so a body nested thousands deep cannot
 * overflow the stack. The JSON pointer of a problem is spelled out only when there is one.
 */
function shapeProblem(root: unknown, limits: JsonBodyLimits): ShapeProblem | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  const keys: string[] = []; // the problem's path, innermost key first
  const found = walk(root, 1, limits, keys);
  if (!found) return undefined;
  const at = formatPointer(keys.reverse());
  return found(at);
}

type Found = (pointer: string) => ShapeProblem;

function walk(
  node: object,
  depth: number,
  limits: JsonBodyLimits,
  keys: string[],
): Found | undefined {
  if (depth > limits.maxDepth) {
    return (at) => ({
      code: 'too_deep',
      message: `The request body is nested more than ${limits.maxDepth} levels deep (at ${at}); a limit of the mock`,
    });
  }
  if (Array.isArray(node)) {
    if (node.length > limits.maxItems) {
      return (at) => ({
        code: 'too_many_items',
        message: `${at || '/'} has ${node.length} items; the mock accepts at most ${limits.maxItems} in one array`,
      });
    }
    for (let i = 0; i < node.length; i++) {
      const child: unknown = node[i];
      if (child === null || typeof child !== 'object') continue;
      const found = walk(child, depth + 1, limits, keys);
      if (found) return (keys.push(String(i)), found);
    }
    return undefined;
  }
  if (Object.hasOwn(node, '__proto__')) {
    return (at) => ({
      code: 'forbidden_key',
      message: `The request body has a "__proto__" key at ${at || '/'}, which is refused`,
    });
  }
  for (const key of Object.keys(node)) {
    const child = (node as Record<string, unknown>)[key];
    if (child === null || typeof child !== 'object') continue;
    const found = walk(child, depth + 1, limits, keys);
    if (found) return (keys.push(key), found);
  }
  return undefined;
}
