import { isUtf8 } from 'node:buffer';
import type { ErrorBody } from '../../generated/types.js';
import { JSON_BODY_LIMITS, jsonShapeProblem } from '../../shared/json-shape.js';
import type { JsonBodyLimits } from '../../shared/json-shape.js';
import { proboError } from './probo-error.js';
import type { HttpErrorCode } from './probo-error.js';

export { JSON_BODY_LIMITS } from '../../shared/json-shape.js';
export type { JsonBodyLimits } from '../../shared/json-shape.js';

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
  const problem = jsonShapeProblem(value, limits);
  return problem ? refuse(problem.code, problem.message) : { ok: true, value, text };
}

function refuse(code: HttpErrorCode, message: string): JsonBodyResult {
  return { ok: false, error: proboError(code, message).body };
}
