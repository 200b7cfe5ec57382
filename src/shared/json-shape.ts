import { formatPointer } from './json-pointer.js';

/**
 * Shape limits of a JSON value (invented: Probo publishes none). They keep one request or one
 * file from costing seconds or the stack: schema validation that names every problem is
 * quadratic in the number of bad array items, and a value nested thousands deep is never an
 * order, a callback or a patch (and would overflow a recursive merge or `JSON.stringify`).
 */
export interface JsonBodyLimits {
  /** Deepest nesting of arrays and objects. */
  maxDepth: number;
  /** Most items in any one array. */
  maxItems: number;
}

export const JSON_BODY_LIMITS: Readonly<JsonBodyLimits> = { maxDepth: 64, maxItems: 1000 };

export interface ShapeProblem {
  code: 'too_deep' | 'too_many_items' | 'forbidden_key';
  message: string;
}

/**
 * The first way `root` breaks `limits`, or undefined; `what` starts the message ("The request
 * body"). With `forbidProto`, an own `__proto__` key is a problem too. Recursive, but never
 * deeper than `maxDepth` + 1 frames (a deeper value is refused before its children are visited),
 * so a value nested thousands deep cannot overflow the stack. The JSON pointer of a problem is
 * spelled out only when there is one.
 */
export function jsonShapeProblem(
  root: unknown,
  limits: JsonBodyLimits = JSON_BODY_LIMITS,
  what = 'The request body',
  forbidProto = true,
): ShapeProblem | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  const keys: string[] = []; // the problem's path, innermost key first
  // Written out, not spread: a spread object costs about a microsecond per body (profiled).
  const rules: Rules = { maxDepth: limits.maxDepth, maxItems: limits.maxItems, what, forbidProto };
  const found = walk(root, 1, rules, keys);
  if (!found) return undefined;
  return found(formatPointer(keys.reverse()));
}

type Found = (pointer: string) => ShapeProblem;
type Rules = JsonBodyLimits & { what: string; forbidProto: boolean };

function walk(node: object, depth: number, rules: Rules, keys: string[]): Found | undefined {
  if (depth > rules.maxDepth) {
    return (at) => ({
      code: 'too_deep',
      message: `${rules.what} is nested more than ${rules.maxDepth} levels deep (at ${at}); a limit of the mock`,
    });
  }
  if (Array.isArray(node)) {
    if (node.length > rules.maxItems) {
      return (at) => ({
        code: 'too_many_items',
        message: `${at || '/'} has ${node.length} items; the mock accepts at most ${rules.maxItems} in one array`,
      });
    }
    for (let i = 0; i < node.length; i++) {
      const child: unknown = node[i];
      if (child === null || typeof child !== 'object') continue;
      const found = walk(child, depth + 1, rules, keys);
      if (found) return (keys.push(String(i)), found);
    }
    return undefined;
  }
  if (rules.forbidProto && Object.hasOwn(node, '__proto__')) {
    return (at) => ({
      code: 'forbidden_key',
      message: `${rules.what} has a "__proto__" key at ${at || '/'}, which is refused`,
    });
  }
  for (const key of Object.keys(node)) {
    const child = (node as Record<string, unknown>)[key];
    if (child === null || typeof child !== 'object') continue;
    const found = walk(child, depth + 1, rules, keys);
    if (found) return (keys.push(key), found);
  }
  return undefined;
}
