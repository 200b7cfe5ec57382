import { isUtf8 } from 'node:buffer';
import type { ErrorBody } from '../generated/types.js';
import { errorBody } from './error-body.js';

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

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; error: ErrorBody };

/**
 * Reads a raw request body as JSON, strictly: UTF-8 only (RFC 8259 section 8.1: invalid bytes
 * are refused, not replaced), no `__proto__` keys, within `limits`. An empty body is `null`, for
 * the schema to name the root. Never throws.
 */
export function parseJsonBody(
  raw: Buffer | null | undefined,
  limits: JsonBodyLimits = JSON_BODY_LIMITS,
): JsonBodyResult {
  if (!raw || raw.length === 0) return { ok: true, value: null };
  if (!isUtf8(raw)) {
    return refuse(
      'invalid_encoding',
      'The request body is not valid UTF-8 (JSON must be sent as UTF-8)',
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    return refuse(
      'invalid_json',
      `The request body is not valid JSON: ${(error as Error).message}`,
    );
  }
  const problem = shapeProblem(value, limits);
  return problem ? refuse(problem.code, problem.message) : { ok: true, value };
}

function refuse(code: string, message: string): JsonBodyResult {
  return { ok: false, error: errorBody(400, code, message) };
}

/** One iterative walk (no recursion: a deep body cannot overflow the stack). */
function shapeProblem(
  root: unknown,
  limits: JsonBodyLimits,
): { code: string; message: string } | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  const stack: Array<{ node: object; depth: number; path: string }> = [
    { node: root, depth: 1, path: '' },
  ];
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop() as { node: object; depth: number; path: string };
    if (depth > limits.maxDepth) {
      return {
        code: 'too_deep',
        message: `The request body is nested more than ${limits.maxDepth} levels deep (at ${path}); a limit of the mock`,
      };
    }
    if (Array.isArray(node)) {
      if (node.length > limits.maxItems) {
        return {
          code: 'too_many_items',
          message: `${path || '/'} has ${node.length} items; the mock accepts at most ${limits.maxItems} in one array`,
        };
      }
      for (let i = 0; i < node.length; i++) push(stack, node[i], depth, `${path}/${i}`);
      continue;
    }
    if (Object.hasOwn(node, '__proto__')) {
      return {
        code: 'forbidden_key',
        message: `The request body has a "__proto__" key at ${path || '/'}, which is refused`,
      };
    }
    for (const [key, child] of Object.entries(node))
      push(stack, child, depth, `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
  return undefined;
}

function push(
  stack: Array<{ node: object; depth: number; path: string }>,
  child: unknown,
  depth: number,
  path: string,
): void {
  if (child !== null && typeof child === 'object')
    stack.push({ node: child, depth: depth + 1, path });
}
