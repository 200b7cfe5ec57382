import { createRequire } from 'node:module';
import type { Ajv2020 as Ajv2020Type } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../src/docs/index.js';
import { startMock, type RunningMock } from '../../src/mock/index.js';

/**
 * Walks every example of the OpenAPI document: request examples validate against their request
 * schema and, posted to a fresh mock (after their `x-try-it-first` steps), get the documented 2xx;
 * answer and callback examples validate against their schemas. The schemas are the document's own
 * bundled components, so the document a reader downloads is what is checked.
 */

const require = createRequire(import.meta.url);
const { Ajv2020 } = require('ajv/dist/2020.js') as { Ajv2020: new (o: object) => Ajv2020Type };
const addFormats = require('ajv-formats') as (ajv: Ajv2020Type) => void;

type Json = Record<string, unknown>;
interface Example {
  summary?: string;
  value: unknown;
  'x-try-it-first'?: Array<{ method: string; path: string; body: unknown }>;
}
interface Operation {
  method: string;
  path: string;
  op: Json;
}

const AUTH = { authorization: 'Bearer walk-key', 'content-type': 'application/json' };
/** Endpoints whose path needs values an earlier call answers (session id and token). */
const NEEDS_EARLIER_CALL = ['GET /uploader/{id}', 'POST /uploader/{id}/confirm'];

let doc: Json;
let ajv: Ajv2020Type;
let mock: RunningMock;

beforeAll(async () => {
  doc = (await buildOpenApi()) as Json;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi', components: doc.components }, 'openapi');
  mock = await startMock({ port: 0, rateLimit: 0 });
});
afterAll(async () => {
  await mock?.close();
});

const problems = (schema: unknown, value: unknown): string[] => {
  const ref = (schema as { $ref?: string }).$ref;
  const validate = ajv.compile(ref ? { $ref: `openapi${ref}` } : (schema as object));
  return validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
};

const operations = (): Operation[] =>
  Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
    ['get', 'post', 'put', 'delete']
      .filter((m) => item[m])
      .map((m) => ({ method: m.toUpperCase(), path, op: item[m] as Json })),
  );

const contentOf = (holder: unknown): { schema: unknown; examples: Record<string, Example> } => {
  const content = ((holder as Json | undefined)?.content as Json | undefined)?.[
    'application/json'
  ] as Json | undefined;
  return {
    schema: content?.schema,
    examples: (content?.examples as Record<string, Example> | undefined) ?? {},
  };
};

const successOf = (op: Json): number =>
  Number(Object.keys(op.responses as Json).find((s) => /^2\d\d$/.test(s)));

const urlOf = (path: string, op: Json): string | undefined => {
  const params = ((op.parameters as Json[] | undefined) ?? []).filter((p) => p.in === 'path');
  let missing = false;
  const filled = path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const example = params.find((p) => p.name === name)?.example;
    if (typeof example !== 'string') missing = true;
    return encodeURIComponent(String(example));
  });
  return missing ? undefined : mock.url + filled;
};

const send = async (method: string, url: string, body: unknown) => {
  const res = await fetch(url, {
    method,
    headers: AUTH,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, text: await res.text() };
};

const fresh = async () => {
  const res = await fetch(`${mock.url}/__mock/reset`, {
    method: 'POST',
    headers: AUTH,
    body: '{}',
  });
  expect(res.status).toBe(200);
};

describe('every example of the OpenAPI document', () => {
  it('gives each request body only requests for its own endpoint: the cancel and status examples are those bodies', () => {
    const post = (path: string) =>
      Object.values(
        contentOf((((doc.paths as Json)[path] as Json).post as Json).requestBody).examples,
      );
    const cancel = post('/order/cancel');
    expect(cancel.length).toBeGreaterThanOrEqual(1);
    for (const e of cancel) expect(Object.keys(e.value as Json).sort()).toEqual(['id']);
    for (const e of post('/order/status')) expect(Object.keys(e.value as Json)).toEqual(['orders']);
    expect(post('/products/configure').length).toBeGreaterThanOrEqual(1);
  });

  it('request examples validate and get the documented 2xx from a fresh mock, after the requests they name first', async () => {
    const tried: string[] = [];
    const skipped: string[] = [];
    for (const { method, path, op } of operations()) {
      const name = `${method} ${path}`;
      const url = urlOf(path, op);
      if (!url) {
        skipped.push(name);
        continue;
      }
      const request = op.requestBody ? contentOf(op.requestBody) : undefined;
      const examples = request ? Object.entries(request.examples) : [];
      if (request) expect(examples.length, `${name} has a request example`).toBeGreaterThan(0);
      const cases: Array<[string, Example | undefined]> = examples.length
        ? examples
        : [['(no body)', undefined]];
      for (const [key, example] of cases) {
        const label = `${name} ${example?.summary ?? key}`;
        if (example) expect(problems(request!.schema, example.value), label).toEqual([]);
        await fresh();
        for (const step of example?.['x-try-it-first'] ?? []) {
          const before = await send(step.method, mock.url + step.path, step.body);
          expect(
            before.status,
            `${label}: first ${step.method} ${step.path} ${before.text}`,
          ).toBeLessThan(300);
        }
        const answer = await send(method, url, example?.value);
        expect(answer.status, `${label}: ${answer.text}`).toBe(successOf(op));
        tried.push(label);
      }
    }
    expect(skipped.sort()).toEqual(NEEDS_EARLIER_CALL);
    expect(tried.length).toBeGreaterThan(20);
  });

  it('answer examples validate against their answer schema, callback examples against theirs', () => {
    let checked = 0;
    for (const { method, path, op } of operations())
      for (const [status, response] of Object.entries(op.responses as Json)) {
        const { schema, examples } = contentOf(response);
        for (const [key, example] of Object.entries(examples)) {
          expect(problems(schema, example.value), `${method} ${path} ${status} ${key}`).toEqual([]);
          checked++;
        }
      }
    for (const [name, item] of Object.entries(
      (doc.components as { pathItems: Record<string, Json> }).pathItems,
    )) {
      const { schema, examples } = contentOf((item.post as Json).requestBody);
      for (const [key, example] of Object.entries(examples)) {
        expect(problems(schema, example.value), `callback ${name} ${key}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
