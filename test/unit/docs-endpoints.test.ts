import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type Site } from '../../src/docs/index.js';

let site: Site;
beforeAll(async () => {
  site = await buildSite();
});

type Operation = {
  summary?: string;
  requestBody?: { content: Record<string, { schema?: { $ref?: string } }> };
};

describe('the endpoint pages', () => {
  it('has a page for every operation of the OpenAPI document, listed on the index', () => {
    const doc = JSON.parse(site.get('openapi.json')!) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const index = site.get('index.html')!;
    let count = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const pageName = [...site.keys()].find(
          (p) =>
            p.startsWith('endpoints/') &&
            site.get(p)!.includes(`<title>${method.toUpperCase()} ${path} ·`),
        );
        expect(pageName, `${method} ${path}`).toBeDefined();
        expect(index).toContain(`href="${pageName}"`);
        const ref = op.requestBody?.content['application/json']?.schema?.$ref;
        if (ref) {
          const title = ref.split('/').pop()!;
          // The request body links to its schema's page, whose title is the schema's.
          const schemaPage = [...site.keys()].find((p) =>
            site.get(p)!.includes(`<title>${title} · probo-mock docs</title>`),
          );
          expect(schemaPage, title).toBeDefined();
          expect(site.get(pageName!)!).toContain(`../${schemaPage}`);
        }
        count++;
      }
    }
    expect(count).toBeGreaterThanOrEqual(3);
  });

  it('gives each endpoint a curl command against a local mock, with the example body', () => {
    const page = site.get('endpoints/post-order.html')!;
    expect(page).toContain('curl -X POST http://127.0.0.1:4010/order');
    expect(page).toContain('--data-raw');
  });
});
