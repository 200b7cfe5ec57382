import type { ErrorObject } from 'ajv';
import { validators } from '../generated/validators.js';
import { callbackKind, explainStatus } from './callback-kind.js';
import { toDiagnostics, type ValidationResult } from './diagnostics.js';
import { collapseUnions } from './union-diagnostics.js';
import { CALLBACK_SCHEMA_ID, ORDER_POST_SCHEMA_ID, schemaPathOfId } from './schema-ids.js';

const shortNames = new Map<string, string>();

/** The short name of a schema `$id`, e.g. `api/order-post`, used as the `kind` of a result. */
function shortName(schemaId: string): string {
  let name = shortNames.get(schemaId); // once per schema: this runs for every order post
  if (name === undefined) {
    name = schemaPathOfId(schemaId);
    shortNames.set(schemaId, name);
  }
  return name;
}

// Precompiled at `npm run generate` (Ajv standalone): validating compiles nothing at start-up.
function run(schemaId: string, body: unknown): { valid: boolean; errors: ErrorObject[] } {
  const validator = Object.hasOwn(validators, schemaId) ? validators[schemaId] : undefined;
  if (!validator) throw new Error(`no schema with $id ${schemaId}`);
  const valid = validator(body) === true;
  return { valid, errors: validator.errors ?? [] };
}

/**
 * Validates `body` against the schema with this `$id` (any file under schemas/). Never throws on
 * bad input; an unknown `$id` is a programming error and gives one diagnostic on the root.
 */
export function validateWith(schemaId: string, body: unknown): ValidationResult {
  try {
    const { valid, errors } = run(schemaId, body);
    const kind = shortName(schemaId);
    return { valid, kind, diagnostics: valid ? [] : toDiagnostics(collapseUnions(kind, errors)) };
  } catch (error) {
    return {
      valid: false,
      diagnostics: [{ pointer: '', message: (error as Error).message, keyword: 'schema' }],
    };
  }
}

/**
 * Validates a callback body against the union schema: a known status is judged by its own
 * message schema only; an unknown, legacy or missing status gives one clear error on `/status`.
 */
export function validateCallback(body: unknown): ValidationResult {
  const kind = callbackKind(body);
  const { valid, errors } = run(CALLBACK_SCHEMA_ID, body);
  const diagnostics = valid ? [] : toDiagnostics(errors);
  const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
  if (isObject && 'status' in body && kind === undefined) {
    const rest = diagnostics.filter((d) => d.pointer !== '/status');
    const status = (body as { status: unknown }).status;
    rest.unshift({ pointer: '/status', message: explainStatus(status), keyword: 'enum' });
    return { valid: false, diagnostics: rest };
  }
  return kind === undefined ? { valid, diagnostics } : { valid, kind, diagnostics };
}

/** Validates a `POST /order` body. */
export function validateOrder(body: unknown): ValidationResult {
  return validateWith(ORDER_POST_SCHEMA_ID, body);
}
