import { describe, expect, it } from 'vitest';
import {
  CatalogError,
  catalogProblems,
  loadCatalogFile,
  ProductCatalog,
} from '../../src/catalog/index.js';
import type { Catalog } from '../../src/generated/types.js';

const data = loadCatalogFile();
const monday = () => new Date('2026-11-30T10:00:00Z');
const catalog = () => new ProductCatalog(data, monday);

const problemsOf = (fn: () => unknown): Array<{ pointer: string; message: string }> => {
  try {
    fn();
  } catch (error) {
    if (error instanceof CatalogError) return error.problems;
    throw error;
  }
  return [];
};

describe('the seeded catalog', () => {
  it('is valid against its schema and its own rules, with a dozen products, API products and a pickup point', () => {
    expect(catalogProblems(data)).toEqual([]);
    expect(data.products.length).toBeGreaterThanOrEqual(12);
    expect(data.api_products.length).toBeGreaterThanOrEqual(3);
    expect(data.shipping_methods.some((m) => m.type === 'pickup')).toBe(true);
  });

  it('names a product code given twice and an API product of an unknown product', () => {
    const bad = structuredClone(data) as Catalog;
    bad.products.push(structuredClone(bad.products[0]!));
    bad.api_products[0]!.code = 'nope';
    const problems = catalogProblems(bad);
    expect(problems.some((p) => p.startsWith(`/products/${bad.products.length - 1}/code`))).toBe(
      true,
    );
    expect(problems).toContain('/api_products/0/code: no product "nope" in the catalog');
  });
});

describe('configure', () => {
  const banner = (options: Array<{ code: string; value?: number | string }>) =>
    catalog().configure({ products: [{ code: 'banner-510', options }] });

  it('takes width and height on their steps within range, and a string number as Probo sends it', () => {
    const answer = banner([
      { code: 'width', value: '150' },
      { code: 'height', value: 75 },
      { code: 'cut-to-size' },
    ]);
    expect(answer.products[0]).toMatchObject({
      can_order: true,
      width: 150,
      height: 75,
      amount: 1,
    });
  });

  it('refuses a value outside its range and one off its step, by pointer', () => {
    expect(problemsOf(() => banner([{ code: 'width', value: 501 }]))).toEqual([
      {
        pointer: '/products/0/options/0/value',
        message: 'option "width" must be from 20 to 500 (got 501)',
      },
    ]);
    const flag = () =>
      catalog().configure({
        products: [{ code: 'flag', options: [{ code: 'width', value: 35 }] }],
      });
    expect(problemsOf(flag)[0]!.message).toContain('steps of 10');
  });

  it('refuses two choices of one group and a choice disabled by another', () => {
    const both = problemsOf(() => banner([{ code: 'tunnels' }, { code: 'cut-to-size' }]));
    expect(both[0]!.message).toContain('exclude each other');
    const disabled = problemsOf(() => banner([{ code: 'cut-to-size' }, { code: 'rope' }]));
    expect(disabled).toEqual([
      {
        pointer: '/products/0/options/1/code',
        message: 'option "rope" cannot be combined with "cut-to-size"',
      },
    ]);
  });

  it('refuses a nested choice without its parent choice, and asks for the nested group once the parent is chosen', () => {
    expect(problemsOf(() => banner([{ code: 'tunnel-8cm' }]))[0]!.message).toBe(
      'option "tunnel-8cm" needs option "tunnels"',
    );
    const answer = banner([
      { code: 'width', value: 100 },
      { code: 'height', value: 100 },
      { code: 'tunnels' },
    ]);
    expect(answer.products[0]!.can_order).toBe(false);
    expect(answer.products[0]!.available_options.map((o) => o.code)).toEqual(['tunnel-size']);
  });

  it('offers the groups one step at a time in tree order, each once: size with amount, then the choices, then the optional groups', () => {
    const step = (options: Array<{ code: string; value?: number }>) =>
      catalog().configure({ products: [{ code: 'dibond', options }] }).products[0]!;
    const first = step([]);
    expect(first.available_options.map((o) => o.code)).toEqual(['size', 'amount']);
    expect(first.can_order).toBe(false);
    const sized = [
      { code: 'width', value: 60 },
      { code: 'height', value: 40 },
      { code: 'amount', value: 2 },
    ];
    expect(step(sized).available_options.map((o) => o.code)).toEqual(['thickness']);
    const done = step([...sized, { code: 'dibond-3mm' }]);
    expect(done.available_options.map((o) => o.code)).toEqual(['drilling', 'corners']);
    expect(done.available_options.every((g) => !g.required)).toBe(true);
    expect(done.can_order).toBe(true);
    expect(
      step([...sized, { code: 'dibond-3mm' }, { code: 'rounded-corners' }]).available_options,
    ).toEqual([]);
    // A required group left behind is offered again with the next step.
    expect(step([{ code: 'dibond-3mm' }]).available_options.map((o) => o.code)).toEqual([
      'size',
      'drilling',
      'corners',
    ]);
  });

  it('gives the same calculation_id for the same configuration, in any option order', () => {
    const a = banner([
      { code: 'width', value: 100 },
      { code: 'height', value: 50 },
      { code: 'cut-to-size' },
    ]);
    const b = banner([
      { code: 'cut-to-size' },
      { code: 'height', value: 50 },
      { code: 'width', value: 100 },
    ]);
    const c = banner([
      { code: 'width', value: 110 },
      { code: 'height', value: 50 },
      { code: 'cut-to-size' },
    ]);
    expect(a.calculation_id).toBe(b.calculation_id);
    expect(c.calculation_id).not.toBe(a.calculation_id);
  });
});

describe('price', () => {
  const options = [
    { code: 'width', value: 200 },
    { code: 'height', value: 100 },
    { code: 'amount', value: 3 },
    { code: 'hem-eyelets-50' },
  ];

  it('prices deterministically from the options: base and surcharge per m², times the amount, per production speed', () => {
    const answer = catalog().price({ products: [{ code: 'banner-510', options }] });
    // 2 m² × (9.50 + 1.80) = 22.60 per banner; 72 h adds nothing; three banners.
    const slow = answer.prices.find((p) => p.production_hours === 72)!;
    expect(slow.products[0]!.prices_per_product.purchase_price).toBe(22.6);
    expect(slow.products[0]!.prices_total.purchase_price).toBe(67.8);
    expect(slow.products[0]!.prices_total.purchase_price_incl_vat).toBe(82.04);
    expect(slow.products_sales_price).toBe(101.7);
    expect(catalog().price({ products: [{ code: 'banner-510', options }] }).prices).toEqual(
      answer.prices,
    );
  });

  it("dates production on working days and delivery by each method's transit days", () => {
    const answer = catalog().price({
      products: [{ code: 'banner-510', options }],
      deliveries: [{ address: { country: 'NL' }, shipping_method_code: 'dhl-europlus' }],
    });
    const fast = answer.prices.find((p) => p.production_hours === 24)!;
    expect(fast.shipping_date).toBe('2026-12-01T00:00:00+0000');
    expect(fast.deliveries).toMatchObject([
      {
        shipping_method_api_code: 'dhl-europlus',
        transit_days: 3,
        delivery_date: '2026-12-04T00:00:00+0000',
      },
    ]);
    const slow = answer.prices.find((p) => p.production_hours === 72)!;
    expect(slow.shipping_date).toBe('2026-12-03T00:00:00+0000');
    expect(slow.delivery_date).toBe('2026-12-08T00:00:00+0000'); // over the weekend
  });

  it('prices a composed API product by customer_code', () => {
    const answer = catalog().price({ products: [{ customer_code: 'mybanner_01' }] });
    expect(answer.prices[0]!.products[0]!.prices_per_product.purchase_price).toBeGreaterThan(0);
  });

  it('refuses a product that is not fully configured, an unknown shipping method and an unknown customer_code', () => {
    const problems = problemsOf(() =>
      catalog().price({
        products: [{ code: 'banner-510', options: options.slice(0, 2) }, { customer_code: 'nope' }],
        deliveries: [{ address: {}, shipping_method_code: 'zeppelin' }],
      }),
    );
    expect(problems.map((p) => p.pointer)).toEqual([
      '/products/0/options',
      '/products/1/customer_code',
      '/deliveries/0/shipping_method_code',
    ]);
  });

  it('keeps only the methods reaching the address country', () => {
    const answer = catalog().price({
      products: [{ code: 'banner-510', options }],
      deliveries: [{ address: { country: 'FR' } }],
    });
    expect(answer.prices[0]!.deliveries.map((d) => d.shipping_method_api_code)).toEqual([
      'dhl-europlus',
      'pickup-dokkum',
    ]);
  });
});

describe('lists', () => {
  it('serves a per_page of 1,000 whole, caps a larger one at 1,000 in meta.per_page, and refuses 0 and words', () => {
    expect(catalog().listProducts({ per_page: '1000' }).meta.per_page).toBe(1000);
    expect(catalog().listProducts({ per_page: '1000' }).data).toHaveLength(data.products.length);
    expect(catalog().listProducts({ per_page: '5000' }).meta).toEqual({
      page: 1,
      pages: 1,
      items: data.products.length,
      per_page: 1000,
    });
    expect(catalog().listProducts({ per_page: '99999999999999999999' }).meta.per_page).toBe(1000);
    for (const bad of ['0', '-1', '1.5', 'lots'])
      expect(problemsOf(() => catalog().listProducts({ per_page: bad }))[0]!.pointer).toBe(
        '?per_page',
      );
  });

  it('pages products with the documented meta, and refuses a page of 0', () => {
    const page = catalog().listProducts({ page: '2', per_page: '5' });
    expect(page.meta).toEqual({ page: 2, pages: 3, items: data.products.length, per_page: 5 });
    expect(page.data).toHaveLength(5);
    expect(problemsOf(() => catalog().listProducts({ page: '0' }))[0]!.pointer).toBe('?page');
  });

  it('gives translations in the asked language only', () => {
    const page = catalog().listProducts({ language: 'nl', per_page: '1' });
    expect(Object.keys(page.data[0]!.translations)).toEqual(['nl']);
  });

  it('lists shipping methods of one type', () => {
    expect(
      catalog()
        .shippingMethods({ type: 'pickup' })
        .map((m) => m.code),
    ).toEqual(['pickup-dokkum']);
  });
});
