import { CatalogError } from '../../catalog/index.js';
import type { Diagnostic } from '../../contract/index.js';
import { validateWith } from '../../contract/index.js';

/** The body, valid against the schema `$id`, or a CatalogError naming every problem. */
export function validBody<T>(id: string, what: string, body: unknown, reason: string): T {
  const result = validateWith(id, body);
  if (!result.valid) throw invalid(what, result.diagnostics, reason);
  return body as T;
}

function invalid(what: string, diagnostics: Diagnostic[], reason: string): CatalogError {
  const n = diagnostics.length;
  return new CatalogError(
    `${what} has ${n} problem${n === 1 ? '' : 's'}: ${diagnostics.map((d) => `${d.pointer || '/'} ${d.message}`).join('; ')}`,
    diagnostics.map((d) => ({ pointer: d.pointer, message: d.message })),
    400,
    reason,
  );
}
