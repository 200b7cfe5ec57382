import { refusal } from '../../catalog/problem.js';
import { validateWith } from '../../contract/index.js';

/** The body, valid against the schema `$id`, or a CatalogError naming every problem. */
export function validBody<T>(id: string, what: string, body: unknown, reason: string): T {
  const result = validateWith(id, body);
  if (!result.valid) {
    const problems = result.diagnostics.map((d) => ({ pointer: d.pointer, message: d.message }));
    throw refusal(what, problems, reason);
  }
  return body as T;
}
