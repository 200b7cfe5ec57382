/** Keys a patch may not set: they would reach Object.prototype (prototype pollution). */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON merge patch (RFC 7396): objects merge key by key, `null` deletes, anything else replaces.
 * Returns a new value; `target` is not changed. `__proto__`, `constructor` and `prototype` keys of
 * the patch are ignored at every depth.
 */
export function applyMergePatch<T>(target: T, patch: unknown): T {
  return merge(target as unknown, patch) as T;
}

function merge(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return clone(patch);
  const out: Record<string, unknown> = {};
  if (isObject(target)) {
    for (const [key, value] of Object.entries(target)) out[key] = value;
  }
  for (const [key, value] of Object.entries(patch)) {
    if (FORBIDDEN.has(key)) continue;
    if (value === null) delete out[key];
    else out[key] = merge(Object.hasOwn(out, key) ? out[key] : undefined, value);
  }
  return out;
}

/** A deep copy of a patch value, dropping forbidden keys, so the result never shares the patch. */
function clone(value: unknown): Json {
  if (Array.isArray(value)) return value.map(clone);
  if (isObject(value)) {
    const out: Record<string, Json> = {};
    for (const [key, inner] of Object.entries(value))
      if (!FORBIDDEN.has(key)) out[key] = clone(inner);
    return out;
  }
  return value as Json;
}
