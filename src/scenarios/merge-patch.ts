import { JSON_BODY_LIMITS, jsonShapeProblem } from '../shared/json-shape.js';

/** Keys a patch may not set: they would reach Object.prototype (prototype pollution). */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The limits of a merge patch, wherever it comes from (a scenario step, `trigger --patch`, an
 * admin push): the order intake's nesting and array limits, and at most 1 MiB as JSON
 * (invented, as the mock's default body limit).
 */
export const PATCH_LIMITS = { ...JSON_BODY_LIMITS, maxBytes: 1024 * 1024 } as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Why `patch` cannot be a merge patch, or undefined: not a JSON object, nested deeper than 64
 * levels, an array of more than 1,000 items, or more than 1 MiB as JSON. Never throws, whatever
 * the depth. The message starts with `name` ("--patch", "/steps/2/patch").
 */
export function patchProblem(patch: unknown, name = 'the patch'): string | undefined {
  if (!isObject(patch)) return `${name} must be a JSON object (a merge patch)`;
  const shape = jsonShapeProblem(patch, PATCH_LIMITS, name, false);
  if (shape) return shape.code === 'too_many_items' ? `${name}: ${shape.message}` : shape.message;
  const bytes = Buffer.byteLength(JSON.stringify(patch));
  if (bytes > PATCH_LIMITS.maxBytes)
    return `${name} is ${bytes} bytes as JSON; the mock accepts at most ${PATCH_LIMITS.maxBytes}`;
  return undefined;
}

/**
 * JSON merge patch (RFC 7396): objects merge key by key, `null` deletes, anything else replaces.
 * Returns a new value; `target` is not changed. `__proto__`, `constructor` and `prototype` keys of
 * the patch are ignored at every depth. A patch nested deeper than 64 levels is a TypeError
 * (check one first with `patchProblem`), never a stack overflow.
 */
export function applyMergePatch<T>(target: T, patch: unknown): T {
  return merge(target as unknown, patch, 1) as T;
}

function tooDeep(depth: number): void {
  if (depth > PATCH_LIMITS.maxDepth)
    throw new TypeError(
      `the merge patch is nested more than ${PATCH_LIMITS.maxDepth} levels deep; a limit of the mock`,
    );
}

function merge(target: unknown, patch: unknown, depth: number): unknown {
  if (!isObject(patch)) return clone(patch, depth);
  tooDeep(depth);
  const out: Record<string, unknown> = {};
  if (isObject(target)) {
    for (const [key, value] of Object.entries(target)) out[key] = value;
  }
  for (const [key, value] of Object.entries(patch)) {
    if (FORBIDDEN.has(key)) continue;
    if (value === null) delete out[key];
    else out[key] = merge(Object.hasOwn(out, key) ? out[key] : undefined, value, depth + 1);
  }
  return out;
}

/** A deep copy of a patch value, dropping forbidden keys, so the result never shares the patch. */
function clone(value: unknown, depth: number): Json {
  if (Array.isArray(value)) {
    tooDeep(depth);
    return value.map((item) => clone(item, depth + 1));
  }
  if (isObject(value)) {
    tooDeep(depth);
    const out: Record<string, Json> = {};
    for (const [key, inner] of Object.entries(value))
      if (!FORBIDDEN.has(key)) out[key] = clone(inner, depth + 1);
    return out;
  }
  return value as Json;
}
