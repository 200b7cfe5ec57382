import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../src/docs/index.js';
import { buildSite } from '../../src/docs/build-site.js';
import { CATALOG_ENDPOINTS } from '../../src/docs/endpoints.js';

type Json = Record<string, unknown>;

describe('the catalog endpoints in the docs', () => {
  it('puts every catalog and uploader endpoint in the OpenAPI document, with its provenance, answer schema and the fault header', async () => {
    const doc = (await buildOpenApi()) as { paths: Record<string, Record<string, Json>> };
    for (const e of CATALOG_ENDPOINTS) {
      const op = doc.paths[e.path]?.[e.method.toLowerCase()];
      expect(op, `${e.method} ${e.path}`).toBeDefined();
      expect(op!['x-provenance']).toBe(e.provenance);
      const names = (op!.parameters as Array<{ name: string }>).map((p) => p.name);
      expect(names).toContain('X-Probo-Mock-Answer');
      const ok = (op!.responses as Record<string, Json>)[String(e.success ?? 200)]!;
      if (e.answer) expect(JSON.stringify(ok)).toContain('#/components/schemas/');
    }
    expect(doc.paths['/products/configure']!.post!.requestBody).toBeDefined();
  });

  it('has a docs page listing every endpoint with links to its schemas', async () => {
    const site = await buildSite();
    // Paths may break only between their parts (<wbr />), so the text is read without them.
    const page = site.get('endpoints.html')!.replaceAll('<wbr />', '');
    for (const e of CATALOG_ENDPOINTS) expect(page).toContain(`${e.method} ${e.path}`);
    expect(page).toContain('href="api/configure-response.html"');
    expect(site.get('index.html')).toContain('href="endpoints.html"');
  });
});
