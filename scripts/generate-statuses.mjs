// The status list and the callback union, derived from schemas/callbacks/*.schema.json:
// - every message schema there says its status (`properties.status.const`); the hand-kept
//   `x-status` block next to it says the status's meaning, rank and lifecycle edges, and an
//   `x-variant` block tells apart several schemas of one status (the two `not_accepted`s);
// - from them this writes the `enum` of schemas/common/status.schema.json, the `allOf` union of
//   schemas/callbacks/callback.schema.json, and src/generated/statuses.ts (what the code reads).
// Adding a status: its schema (with `x-status`), a fixture, `npm run generate`.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { format, resolveConfig } from 'prettier';
import { listSchemaFiles } from '../src/shared/schema-files.js';
import { SCHEMA_KEYWORDS } from '../src/shared/schema-keywords.js';

const UNION_FILE = 'callback.schema.json';

const BANNER = `/**
 * The callback statuses, generated from schemas/callbacks/*.schema.json (their \`x-status\` and
 * \`x-variant\` blocks), do not edit. Run \`npm run generate\` after changing a callback schema.
 */`;

// The blocks' meta-schemas (src/shared/schema-keywords.js), checked here before anything reads them.
const blockCheckers = (() => {
  const ajv = new Ajv2020({ allErrors: true });
  return Object.fromEntries(
    SCHEMA_KEYWORDS.filter((k) => k.keyword !== 'x-provenance').map((k) => [
      k.keyword,
      ajv.compile(k.metaSchema),
    ]),
  );
})();

function blockProblems(file, schema) {
  const problems = [];
  for (const [keyword, check] of Object.entries(blockCheckers)) {
    if (schema[keyword] === undefined || check(schema[keyword])) continue;
    for (const e of check.errors) {
      problems.push(`${file}: "${keyword}"${e.instancePath} ${e.message}`);
    }
  }
  return problems;
}

/** Every message schema of schemas/callbacks/ with its status and blocks; throws on a bad one. */
export function readCallbackSchemas(callbacksDir) {
  const problems = [];
  const messages = [];
  for (const path of listSchemaFiles(callbacksDir)) {
    const file = basename(path);
    if (file === UNION_FILE) continue;
    const schema = JSON.parse(readFileSync(path, 'utf8'));
    const status = schema.properties?.status?.const;
    if (typeof status !== 'string') {
      problems.push(`${file}: properties.status.const must name the status`);
      continue;
    }
    const bad = blockProblems(file, schema);
    if (bad.length > 0) {
      problems.push(...bad);
      continue;
    }
    messages.push({ file, schema, status });
  }
  const byStatus = new Map();
  for (const m of messages) byStatus.set(m.status, [...(byStatus.get(m.status) ?? []), m]);
  const statuses = [];
  for (const [status, group] of byStatus) {
    const blocks = group.filter((m) => m.schema['x-status']);
    if (blocks.length !== 1) {
      problems.push(
        `status ${status}: exactly one of its schemas (${group.map((m) => m.file).join(', ')}) must carry "x-status", found ${blocks.length}`,
      );
      continue;
    }
    if (group.length > 1) {
      for (const m of group) {
        if (!m.schema['x-variant']) {
          problems.push(
            `${m.file}: status ${status} has several schemas, so each needs "x-variant"`,
          );
        }
      }
    } else if (group[0].schema['x-variant']) {
      problems.push(`${group[0].file}: "x-variant" is only for a status with several schemas`);
    }
    const owner = blocks[0];
    statuses.push({ status, info: owner.schema['x-status'], owner, group });
  }
  statuses.sort((a, b) => a.info.order - b.info.order);
  const names = new Set(statuses.map((s) => s.status));
  const orders = new Set();
  for (const { status, info } of statuses) {
    if (orders.has(info.order))
      problems.push(`status ${status}: x-status.order ${info.order} is taken`);
    orders.add(info.order);
    for (const { to } of info.next ?? []) {
      if (!names.has(to)) problems.push(`status ${status}: x-status names unknown status ${to}`);
    }
  }
  problems.push(...lifecycleProblems(statuses));
  if (problems.length > 0) {
    throw new Error(
      `schemas/callbacks: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`,
    );
  }
  for (const s of statuses)
    s.group.sort((a, b) => a.schema['x-variant']?.name.localeCompare(b.schema['x-variant']?.name));
  return statuses;
}

/**
 * The lifecycle graph must read one way: each `next` step goes up in rank (or ends the order), the statuses of the
 * transport band (`sideways`) share one rank and one provenance, and nothing leaves a terminal one.
 */
function lifecycleProblems(statuses) {
  const problems = [];
  const byName = new Map(statuses.map((s) => [s.status, s.info]));
  const band = statuses.filter((s) => s.info.sideways);
  for (const { status, info } of statuses) {
    if (info.terminal && ((info.next ?? []).length > 0 || info.sideways))
      problems.push(`status ${status}: terminal, so nothing may follow it (next, sideways)`);
    for (const { to } of info.next ?? []) {
      const target = byName.get(to);
      // Up in rank, or to a final status beside it (accepted → canceled): never round in a loop.
      if (target && (target.rank < info.rank || (target.rank === info.rank && !target.terminal)))
        problems.push(`status ${status}: next ${to} must rank above ${info.rank} (or be terminal)`);
    }
  }
  for (const s of band.slice(1)) {
    if (s.info.rank !== band[0].info.rank)
      problems.push(
        `status ${s.status}: sideways statuses share one rank (${band[0].status}: ${band[0].info.rank})`,
      );
    if (s.info.sideways.provenance !== band[0].info.sideways.provenance)
      problems.push(`status ${s.status}: sideways statuses share one provenance`);
  }
  return problems;
}

/** The `if` that picks one message schema of the union. */
function condition(status, variant) {
  const base = { type: 'object', required: ['status'], properties: { status: { const: status } } };
  if (!variant) return base;
  const { has, lacks } = variant.when;
  if (has !== undefined) {
    return { ...base, required: ['status', has], properties: { ...base.properties, [has]: true } };
  }
  // Ajv's strict mode wants every required property declared (`file: true`).
  return {
    ...base,
    properties: { ...base.properties, [lacks]: true },
    not: { type: 'object', required: [lacks], properties: { [lacks]: true } },
  };
}

async function json(file, value) {
  const options = (await resolveConfig(file)) ?? {};
  return format(JSON.stringify(value, null, 2), { ...options, parser: 'json' });
}

/** schemas/callbacks/callback.schema.json with its `allOf` union rebuilt. */
export async function generateCallbackUnion(schemasDir, statuses) {
  const file = join(schemasDir, 'callbacks', UNION_FILE);
  const current = JSON.parse(readFileSync(file, 'utf8'));
  const allOf = statuses.flatMap(({ status, group }) =>
    group.map((m) => ({
      if: condition(status, m.schema['x-variant']),
      then: { $ref: m.schema.$id },
    })),
  );
  delete current.$comment;
  delete current.allOf;
  return json(file, {
    ...current,
    $comment:
      'The allOf union is generated from the message schemas of this folder by `npm run generate`; the rest is hand-kept.',
    allOf,
  });
}

/** schemas/common/status.schema.json with its `enum` rebuilt. */
export async function generateStatusEnum(schemasDir, statuses) {
  const file = join(schemasDir, 'common', 'status.schema.json');
  const current = JSON.parse(readFileSync(file, 'utf8'));
  delete current.$comment;
  delete current.enum;
  return json(file, {
    ...current,
    $comment:
      'The enum is generated from schemas/callbacks/ by `npm run generate`; the rest is hand-kept.',
    enum: statuses.map((s) => s.status),
  });
}

/** src/generated/statuses.ts: the status list and every status's record, as data. */
export async function generateStatusesModule(statuses, prettierFile) {
  const records = Object.fromEntries(
    statuses.map(({ status, info, owner }) => {
      const { schema } = owner;
      const record = {
        meaning: info.meaning,
        setBy: info.setBy,
        rank: info.rank,
        terminal: info.terminal ?? false,
        ...(info.sideways ? { sideways: info.sideways } : {}),
        happyPath: info.happyPath ?? false,
        shipment: schema.properties?.shipped_packages !== undefined,
        bodyProvenance: schema['x-provenance'],
        message: schema.properties?.message?.examples?.[0],
        messageProvenance: schema.properties?.message?.['x-provenance'],
        next: info.next ?? [],
        ...(info.tone ? { tone: info.tone } : {}),
      };
      for (const [key, value] of Object.entries(record)) {
        if (value === undefined)
          throw new Error(`${owner.file}: cannot derive ${key} for ${status}`);
      }
      return [status, record];
    }),
  );
  const kinds = statuses.flatMap(({ status, group }) =>
    group.map((m) => {
      const variant = m.schema['x-variant'];
      const kind = {
        kind: variant ? `${status}/${variant.name}` : status,
        status,
        schema: m.schema.$id,
        title: m.schema.title,
      };
      if (variant)
        Object.assign(kind, {
          variant: variant.name,
          when: variant.when,
          message: variant.message,
        });
      return kind;
    }),
  );
  const variants = Object.fromEntries(
    statuses
      .filter((s) => s.group.length > 1)
      .map((s) => [s.status, s.group.map((m) => m.schema['x-variant'].name)]),
  );
  const text = `${BANNER}

/** Every callback status, in lifecycle order (\`x-status.order\`). */
export const STATUSES = ${JSON.stringify(statuses.map((s) => s.status))} as const;

/** The variants of each status that has several message schemas. */
export const STATUS_VARIANTS = ${JSON.stringify(variants)} as const;

/** Where a lifecycle transition comes from: Probo's guides (documented) or our reading (invented). */
export interface TransitionSource {
  provenance: 'documented' | 'observed' | 'invented';
  why: string;
}

/** One status's hand-kept \`x-status\` block, with what its schema says (message, provenance). */
export interface StatusRecord {
  meaning: string;
  setBy: 'Probo' | 'carrier' | 'Probo / carrier';
  rank: number;
  terminal: boolean;
  /** In the transport band: its statuses follow each other in any order. */
  sideways?: TransitionSource;
  happyPath: boolean;
  shipment: boolean;
  bodyProvenance: 'documented' | 'observed' | 'invented';
  message: string;
  messageProvenance: 'documented' | 'observed' | 'invented';
  /** The direct steps out of it, besides the band's own. */
  next: readonly ({ to: (typeof STATUSES)[number] } & TransitionSource)[];
  tone?: 'warn' | 'done';
}

/** Every status's record. */
export const STATUS_RECORDS: { readonly [S in (typeof STATUSES)[number]]: StatusRecord } = ${JSON.stringify(records)};

/** Every message schema of the callback union: its kind, status, \`$id\` and type name. */
export const CALLBACK_KINDS = ${JSON.stringify(kinds)} as const;
`;
  const options = (await resolveConfig(prettierFile)) ?? {};
  return format(text, { ...options, parser: 'typescript' });
}
