// The custom schema keywords and the Ajv options, shared by src/contract/ajv.ts (runtime) and
// scripts/generate-validators.mjs (build time). Plain JavaScript with a hand-written
// schema-keywords.d.ts, because the generator scripts run on Node without a TypeScript step.

/** How sure a schema, field or behaviour is (DESIGN.md, "Provenance"). */
export const PROVENANCES = Object.freeze(['documented', 'observed', 'invented']);

/** Whether a value is one of the three provenance marks. */
export function isProvenance(value) {
  return PROVENANCES.includes(value);
}

const statusName = { type: 'string', pattern: '^[a-z][a-z_]*$' };

/**
 * Where a lifecycle transition comes from: `documented` when Probo's guides show it, `invented`
 * when it is probo-mock's reading of them (`why` says which words, or what the reading is).
 */
const source = {
  type: 'object',
  additionalProperties: false,
  required: ['provenance', 'why'],
  properties: { provenance: { enum: [...PROVENANCES] }, why: { type: 'string', minLength: 1 } },
};

/**
 * `x-status`: a callback status's meaning and place in the lifecycle, kept next to its schema
 * (one per status; for a status with variants, on one of its schemas). Read by
 * scripts/generate-statuses.mjs, which writes the status list, the union and src/generated/statuses.ts.
 */
const X_STATUS = {
  type: 'object',
  additionalProperties: false,
  required: ['order', 'rank', 'setBy', 'meaning'],
  properties: {
    order: { type: 'integer', minimum: 0 },
    rank: { type: 'integer', minimum: 0 },
    setBy: { enum: ['Probo', 'carrier', 'Probo / carrier'] },
    meaning: { type: 'string', minLength: 1 },
    terminal: { type: 'boolean' },
    sideways: {
      ...source,
      description: 'In the transport band: its statuses follow each other in any order',
    },
    happyPath: { type: 'boolean' },
    next: {
      type: 'array',
      items: {
        ...source,
        required: ['to', ...source.required],
        properties: { to: statusName, ...source.properties },
      },
    },
    tone: { enum: ['warn', 'done'] },
  },
};

/** `x-variant`: one of several message schemas of the same status, told apart by a field. */
const X_VARIANT = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'when', 'message'],
  properties: {
    name: { type: 'string', pattern: '^[a-z][a-z-]*$' },
    when: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: { has: { type: 'string' }, lacks: { type: 'string' } },
    },
    message: { type: 'string', minLength: 1 },
  },
};

/** Every custom keyword, for `ajv.addKeyword`: annotations only, their values checked. */
export const SCHEMA_KEYWORDS = Object.freeze([
  { keyword: 'x-provenance', metaSchema: { enum: [...PROVENANCES] } },
  { keyword: 'x-status', metaSchema: X_STATUS },
  { keyword: 'x-variant', metaSchema: X_VARIANT },
]);

/** The Ajv options both the runtime instance and the standalone generator use. */
export const AJV_OPTIONS = Object.freeze({ strict: true, allowUnionTypes: true, allErrors: true });
