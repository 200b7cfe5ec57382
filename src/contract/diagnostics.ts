import { escapePointerToken as escape } from '../shared/json-pointer.js';

/** One problem of a body: where (JSON pointer, '' for the root), what, and the schema keyword. */
export interface Diagnostic {
  pointer: string;
  message: string;
  keyword: string;
}

export interface ValidationResult {
  valid: boolean;
  /** What the body was judged as: a callback status, `not_accepted/<variant>`, or a schema name. */
  kind?: string;
  diagnostics: Diagnostic[];
}

// Keywords that only say "a subschema failed"; the subschema's own errors say what.
const NOISE = new Set(['if', 'allOf', 'anyOf', '$ref']);

/** An Ajv error object, as far as the diagnostics read it (Ajv's `ErrorObject` is one). */
export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: object;
  message?: string | undefined;
}

/** The schemas' URL patterns in words (the pattern itself tells a shop little). */
const PATTERN_WORDS: Record<string, string> = {
  '^https?://': 'must be an http or https URL',
  '^(?:https?://|$)': 'must be an http or https URL, or empty (null or absent) for none',
};

function describe(error: SchemaError): Diagnostic {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        pointer: `${error.instancePath}/${escape(String(params.missingProperty))}`,
        message: 'is required but missing',
        keyword: 'required',
      };
    case 'additionalProperties':
      return {
        pointer: `${error.instancePath}/${escape(String(params.additionalProperty))}`,
        message: 'is not allowed here (unknown property)',
        keyword: 'additionalProperties',
      };
    case 'const':
      return {
        pointer: error.instancePath,
        message: `must be ${JSON.stringify(params.allowedValue)}`,
        keyword: 'const',
      };
    case 'enum':
      return {
        pointer: error.instancePath,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
        keyword: 'enum',
      };
    case 'pattern':
      return {
        pointer: error.instancePath,
        message:
          PATTERN_WORDS[String(params.pattern)] ??
          `must match the pattern ${String(params.pattern)}`,
        keyword: 'pattern',
      };
    case 'format':
      return {
        pointer: error.instancePath,
        message:
          params.format === 'uri'
            ? 'must be an http or https URL'
            : `must be a valid ${String(params.format)}`,
        keyword: 'format',
      };
    default:
      return {
        pointer: error.instancePath,
        message: error.message ?? `fails ${error.keyword}`,
        keyword: error.keyword,
      };
  }
}

/** Ajv errors as readable diagnostics: one per problem, deduplicated, in pointer order. */
export function toDiagnostics(errors: readonly SchemaError[] | null | undefined): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of errors ?? []) {
    if (NOISE.has(error.keyword)) continue;
    const d = describe(error);
    const key = `${d.pointer}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
