import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG_FILE } from '../../src/catalog/index.js';
import { startCli } from '../support/mock-cli.js';
import type { RunningCli } from '../support/mock-cli.js';
import { AUTH, postJson, shopOrder } from '../support/mock-orders.js';

const dir = mkdtempSync(join(tmpdir(), 'probo-catalog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let cli: RunningCli | undefined;
afterEach(async () => {
  await cli?.stop('SIGKILL');
  cli = undefined;
});

describe('probo-mock serve --catalog and --strict-catalog', () => {
  it('serves your own catalog file', async () => {
    const catalog = JSON.parse(readFileSync(DEFAULT_CATALOG_FILE, 'utf8')) as {
      products: Array<{ code: string }>;
      api_products: Array<{ code: string }>;
    };
    catalog.products[0]!.code = 'our-own-banner';
    for (const api of catalog.api_products)
      if (api.code === 'banner-510') api.code = 'our-own-banner';
    const file = join(dir, 'own.json');
    writeFileSync(file, JSON.stringify(catalog));
    cli = startCli(['serve', '--port', '0', '--quiet', '--catalog', file]);
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/, 45_000);
    const own = await fetch(`${url}/products/product/our-own-banner`, { headers: AUTH });
    expect(own.status).toBe(200);
    const list = (await (
      await fetch(`${url}/products?per_page=1000`, { headers: AUTH })
    ).json()) as { data: Array<{ code: string }> };
    expect(list.data.map((p) => p.code)).not.toContain('banner-510');
    // A code the file lacks is invented (without --strict-catalog), and says so.
    const gone = await fetch(`${url}/products/product/banner-510`, { headers: AUTH });
    expect(gone.status).toBe(200);
    expect(JSON.stringify(await gone.json())).toContain('Invented by probo-mock');
  });

  it('refuses an order of an unknown product with --strict-catalog, and takes it without', async () => {
    const order = shopOrder({ id: 'cli-strict' });
    order.products[0]!.code = 'not-in-our-catalog';
    cli = startCli(['serve', '--port', '0', '--quiet', '--strict-catalog']);
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/, 45_000);
    const refused = await postJson(`${url}/order`, order);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('/products/0/code');
    await cli.stop('SIGKILL');
    cli = startCli(['serve', '--port', '0', '--quiet']);
    const [, other] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/, 45_000);
    expect((await postJson(`${other}/order`, order)).status).toBe(202);
  });

  it('exits 2 naming the file and each problem of a catalog that does not match its schema', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        products: [{ code: 'x' }],
        api_products: [],
        shipping_methods: [],
        production: [],
      }),
    );
    cli = startCli(['serve', '--port', '0', '--catalog', file]);
    const code = await new Promise<number | null>((resolve) => cli?.child.on('close', resolve));
    expect(code).toBe(2);
    expect(cli.output()).toContain(
      `catalog ${file} does not match schemas/catalog/catalog.schema.json`,
    );
    expect(cli.output()).toMatch(/\/products\/0\/article_group_name: is required but missing/);
    expect(cli.output()).not.toMatch(/\n\s+at /);
  });
});
