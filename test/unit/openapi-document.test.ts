import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { getAjv } from '../../src/contract/ajv.js';
import { CALLBACK_SCHEMA_ID, ORDER_POST_SCHEMA_ID } from '../../src/contract/schema-ids.js';
import { buildOpenApi } from '../../src/docs/index.js';
import { loadSiteData, type SiteData } from '../../src/docs/site-data.js';

type Json = Record<string, unknown>;
const addFormats = ((formatsModule as unknown as { default?: typeof formatsModule }).default ??
  formatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

let doc: Json;
let data: SiteData;
beforeAll(async () => {
  doc = await buildOpenApi();
  data = await loadSiteData();
});

const at = (pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (node, token) => (node as Json | undefined)?.[decodeURIComponent(token).replace(/~1/g, '/')],
      doc,
    );

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document for a maintained validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('is refused by the same validator when a required part is missing (the check can fail)', async () => {
    const broken = structuredClone(doc);
    delete broken.info;
    const result = await new Validator().validate(broken);
    expect(result.valid).toBe(false);
  });

  it('has the four order endpoints, each with its error answers in the error shape', () => {
    const paths = doc.paths as Record<string, { post: { responses: Json } }>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(['/order', '/order/cancel', '/order/release', '/order/status']),
    );
    expect(Object.keys(paths['/order']!.post.responses)).toEqual([
      '202',
      '400',
      '401',
      '405',
      '413',
      '415',
      '429',
    ]);
    expect(Object.keys(paths['/order/cancel']!.post.responses)[0]).toBe('200');
    expect(
      at('/paths/~1order~1status/post/responses/200/content/application~1json/schema'),
    ).toEqual({ $ref: '#/components/schemas/OrderStatusAnswer' });
    expect(
      at('/paths/~1order~1release/post/responses/400/content/application~1json/schema'),
    ).toEqual({ $ref: '#/components/schemas/ErrorBody' });
  });

  it("shows Probo's own examples of the order routes, from fixtures/orders/probo", () => {
    const examples = at(
      '/paths/~1order~1status/post/requestBody/content/application~1json/examples',
    ) as Json;
    expect(Object.values(examples).map((e) => (e as { summary: string }).summary)).toEqual(
      expect.arrayContaining(['fixtures/orders/probo/docs-status-supplier-order-number.json']),
    );
  });

  it('lists every callback message as a webhook, and as a callback of POST /order', () => {
    const webhooks = Object.keys(doc.webhooks as Json);
    const union = data.schemas.find((s) => s.id === CALLBACK_SCHEMA_ID)!;
    const members = (union.schema.allOf as unknown[]).length;
    expect(webhooks).toHaveLength(members);
    expect(webhooks).toEqual(expect.arrayContaining(['queued', 'not-accepted-file-rejected']));
    const callbacks = at('/paths/~1order/post/callbacks') as Json;
    expect(Object.keys(callbacks).sort()).toEqual([...webhooks].sort());
  });

  it('resolves every $ref inside the document itself (schemas bundled, nothing external)', () => {
    const refs: string[] = [];
    const scan = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(scan);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === '$ref' && typeof v === 'string') refs.push(v);
          else scan(v);
        }
      }
    };
    scan(doc);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of refs) {
      expect(ref.startsWith('#/'), ref).toBe(true);
      expect(at(ref.slice(1)), ref).toBeDefined();
    }
  });

  it('judges every fixture exactly as the schemas under schemas/ do', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...structuredClone(doc), $id: 'https://probo-mock.dev/openapi.json' });
    const bundled = (name: string) =>
      ajv.getSchema(`https://probo-mock.dev/openapi.json#/components/schemas/${name}`)!;
    const pairs: Array<[string, string]> = [
      [CALLBACK_SCHEMA_ID, 'ProboCallback'],
      [ORDER_POST_SCHEMA_ID, 'OrderPost'],
    ];
    let checked = 0;
    for (const [id, name] of pairs) {
      const original = getAjv().getSchema(id)!;
      for (const f of data.fixtures.filter((x) => !x.file.startsWith('scenarios/'))) {
        expect(bundled(name)(f.body), `${f.file} as ${name}`).toBe(original(f.body));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('carries the guide examples on the webhooks', () => {
    const examples = at(
      '/components/pathItems/shipment-in-transit/post/requestBody/content/application~1json/examples',
    ) as Json;
    expect(Object.keys(examples)).toContain('callbacks_documented-shipment-in-transit.json');
  });
});
