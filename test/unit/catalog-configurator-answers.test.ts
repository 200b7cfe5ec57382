import { describe, expect, it } from 'vitest';
import { CatalogError, loadCatalogFile, ProductCatalog } from '../../src/catalog/index.js';
import { schemaId, validateWith } from '../../src/contract/index.js';

const data = loadCatalogFile();
const monday = () => new Date('2026-11-30T10:00:00Z');
const catalog = (strict = false) => new ProductCatalog(data, monday, { strict });

const refusalOf = (fn: () => unknown): CatalogError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error('expected a CatalogError');
};

const valid = (name: string, body: unknown) => {
  const result = validateWith(schemaId(`api/${name}`), body);
  expect(result.diagnostics).toEqual([]);
};

const banner = [
  { code: 'width', value: 200 },
  { code: 'height', value: 100 },
  { code: 'amount', value: 3 },
  { code: 'hem-eyelets-50' },
];

describe('configure answers as Probo’s configurator reads them', () => {
  it('gives every child images, label, unit_code, type_code, range and a price by every price type', () => {
    const answer = catalog().configure({
      products: [{ code: 'banner-510', options: banner.slice(0, 3) }],
    });
    valid('configure-response', answer);
    const [finishing] = answer.products[0]!.available_options;
    expect(finishing).toMatchObject({
      code: 'finishing',
      label: null,
      can_order: null,
      amount: null,
      unit_code: null,
      price: null,
    });
    const hem = finishing!.children.find((c) => c.code === 'hem-eyelets-50')!;
    expect(hem.images).toEqual([]);
    expect(hem.type_code).toBe('radio');
    // 1.80 a m² on 2 m²: 3.60 purchase; the catalog's margin and VAT give the rest.
    expect(hem.price).toEqual({
      purchase_price: 3.6,
      purchase_price_incl_vat: 4.36,
      sales_price: 5.4,
      sales_price_incl_vat: 6.53,
      base_price: 3.6,
      base_price_incl_vat: 4.36,
    });
    expect(finishing!.children.find((c) => c.code === 'cut-to-size')!.price).toBeNull();
  });

  it('gives the size inputs in cm with their ranges and the amount with its default', () => {
    const [size, amount] = catalog().configure({ products: [{ code: 'banner-510' }] }).products[0]!
      .available_options;
    expect(size!.children.map((c) => [c.code, c.type_code, c.unit_code, c.min_value])).toEqual([
      ['width', 'width', 'cm', 20],
      ['height', 'height', 'cm', 20],
    ]);
    expect(amount!.children[0]).toMatchObject({ code: 'amount', default_value: 1, value: 1 });
  });
});

describe('price answers as Probo’s configurator reads them', () => {
  it('gives products_<type> for every price type and purchase_* figures in every delivery', () => {
    const answer = catalog().price({
      products: [{ code: 'banner-510', options: banner }],
      deliveries: [{ address: { country: 'NL', city: 'Dokkum' } }],
    });
    valid('price-response', answer);
    expect(answer.calculation_id).toBeGreaterThan(0);
    for (const option of answer.prices) {
      for (const type of ['purchase_price', 'sales_price', 'base_price'])
        for (const suffix of ['', '_incl_vat'])
          expect(
            typeof (option as unknown as Record<string, unknown>)[`products_${type}${suffix}`],
          ).toBe('number');
      for (const d of option.deliveries) {
        expect(typeof d.prices.purchase_rush_surcharge).toBe('number');
        expect(typeof d.prices.purchase_shipping_price).toBe('number');
        expect(typeof d.prices.purchase_packaging_price).toBe('number');
      }
    }
    const slow = answer.prices.find((p) => p.production_hours === 72)!;
    const fast = answer.prices.find((p) => p.production_hours === 24)!;
    const dhl = (o: typeof slow) =>
      o.deliveries.find((d) => d.shipping_method_api_code === 'dhl-standard')!;
    expect(dhl(slow).prices.purchase_rush_surcharge).toBe(0);
    // 3 banners of 22.60, 40% rush for 24 hours.
    expect(dhl(fast).prices.purchase_rush_surcharge).toBe(27.12);
    expect(dhl(fast).prices.purchase_shipping_price).toBe(7.95);
    expect(dhl(fast).prices.purchase_packaging_price).toBe(4.5);
    const pickup = slow.deliveries.find((d) => d.shipping_method_api_code === 'pickup-dokkum')!;
    expect(pickup.prices.purchase_packaging_price).toBe(0);
  });

  it('prices a product sent with both code and customer_code by its code, as the configurator sends it after storing', () => {
    const both = catalog().price({
      products: [{ code: 'banner-510', options: banner, customer_code: 'mybanner_01' }],
    });
    const byCode = catalog().price({ products: [{ code: 'banner-510', options: banner }] });
    expect(both.prices).toEqual(byCode.prices);
  });
});

describe('unknown product codes', () => {
  it('invent the same plausible product for the same code, saying so in its texts', () => {
    const a = catalog().product('my-shop-banner-13oz', {});
    const b = catalog().product('my-shop-banner-13oz', {});
    expect(a).toEqual(b);
    valid('product-response', a);
    expect(a.translations.nl!.description).toContain('Invented by probo-mock');
    expect(a.options.length).toBeGreaterThanOrEqual(2);
    expect(catalog().inventedCodes(['my-shop-banner-13oz', 'banner-510'])).toEqual([
      'my-shop-banner-13oz',
    ]);
  });

  it('can be configured step by step until can_order, and priced', () => {
    const shop = catalog();
    const code = 'hpl-board-8mm';
    const options: Array<{ code: string; value?: number }> = [];
    let answer = shop.configure({ products: [{ code, options }] });
    for (let i = 0; i < 10 && !answer.products[0]!.can_order; i++) {
      for (const group of answer.products[0]!.available_options) {
        const inputs = group.children.filter((c) => c.type_code !== 'radio');
        if (inputs.length > 0)
          for (const c of inputs) options.push({ code: c.code, value: c.default_value ?? 50 });
        else options.push({ code: group.children[0]!.code });
      }
      answer = shop.configure({ products: [{ code, options }] });
    }
    expect(answer.products[0]!.can_order).toBe(true);
    expect(answer.calculation_id).toBeGreaterThan(0);
    valid('price-response', shop.price({ products: [{ code, options }] }));
  });

  it('are refused on every route by pointer with strict on', () => {
    const strict = catalog(true);
    expect(refusalOf(() => strict.product('nope-board', {})).problems).toEqual([
      { pointer: '/code', message: 'unknown product code "nope-board" (--strict-catalog)' },
    ]);
    expect(
      refusalOf(() => strict.configure({ products: [{ code: 'nope-board' }] })).problems[0]!
        .pointer,
    ).toBe('/products/0/code');
    expect(
      refusalOf(() => strict.price({ products: [{ code: 'nope-board' }] })).problems[0]!.pointer,
    ).toBe('/products/0/code');
    expect(
      refusalOf(() =>
        strict.storeApiProduct({ customer_code: 'x1', code: 'nope-board', options: [] }),
      ).problems[0]!.pointer,
    ).toBe('/code');
    expect(strict.orderProductProblems({ code: 'nope-board' }, '/products/0')[0]!.pointer).toBe(
      '/products/0/code',
    );
    expect(strict.inventedCodes(['nope-board'])).toEqual([]);
  });
});

describe('stored API products', () => {
  const body = { customer_code: 'shop_banner_2x1', code: 'banner-510', options: banner };

  it('are stored, listed, shown, priced and updated under their customer_code', () => {
    const shop = catalog();
    const stored = shop.storeApiProduct(body);
    valid('apiproduct-stored-response', stored);
    expect(stored).toMatchObject({ status: 'ok', code: 201, message: 'API product stored' });
    expect(stored.product).toMatchObject({ customer_code: 'shop_banner_2x1', amount: 3 });
    expect(shop.apiProducts({ per_page: '1000' }).products.map((p) => p.customer_code)).toContain(
      'shop_banner_2x1',
    );
    expect(shop.apiProduct('shop_banner_2x1', {}).width).toBe(200);
    const priced = shop.price({ products: [{ customer_code: 'shop_banner_2x1' }] });
    const updated = shop.storeApiProduct(
      { ...body, options: [...banner.slice(0, 2), { code: 'amount', value: '5' }, banner[3]!] },
      'shop_banner_2x1',
    );
    expect(updated).toMatchObject({ code: 200, message: 'API product updated' });
    expect(updated.product.amount).toBe(5);
    const repriced = shop.price({ products: [{ customer_code: 'shop_banner_2x1' }] });
    expect(repriced.prices[0]!.products_purchase_price).toBeGreaterThan(
      priced.prices[0]!.products_purchase_price,
    );
    expect(shop.orderTotals([{ customer_code: 'shop_banner_2x1' }]).sales).toBeGreaterThan(0);
  });

  it('refuse a second store (409), an update of an unknown code (404), a path and body that differ, and an incomplete configuration, changing nothing', () => {
    const shop = catalog();
    shop.storeApiProduct(body);
    expect(refusalOf(() => shop.storeApiProduct(body)).status).toBe(409);
    expect(refusalOf(() => shop.storeApiProduct(body, 'never_stored')).status).toBe(404);
    const moved = refusalOf(() => shop.storeApiProduct(body, 'mybanner_01'));
    expect(moved.problems.map((p) => p.pointer)).toEqual(['/customer_code']);
    const incomplete = refusalOf(() =>
      shop.storeApiProduct({ ...body, options: banner.slice(0, 3) }, 'shop_banner_2x1'),
    );
    expect(incomplete.problems).toEqual([
      {
        pointer: '/options',
        message: 'not a complete configuration of "banner-510": choose "finishing"',
      },
    ]);
    const badOption = refusalOf(() =>
      shop.storeApiProduct({ ...body, options: [{ code: 'glitter' }] }, 'shop_banner_2x1'),
    );
    expect(badOption.problems[0]!.pointer).toBe('/options/0/code');
    expect(shop.apiProduct('shop_banner_2x1', {}).amount).toBe(3);
  });

  it('are forgotten by reset, which brings back the seeded ones as they were', () => {
    const shop = catalog();
    shop.storeApiProduct(body);
    shop.storeApiProduct({ ...body, customer_code: 'mybanner_01' }, 'mybanner_01');
    shop.reset();
    expect(() => shop.apiProduct('shop_banner_2x1', {})).toThrow(CatalogError);
    expect(shop.apiProduct('mybanner_01', {}).amount).toBe(1);
  });
});
