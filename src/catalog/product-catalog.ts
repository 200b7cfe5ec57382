import type {
  ApiProductRequest,
  ApiProductResponse,
  ApiProductStoredResponse,
  ApiProductsResponse,
  Catalog,
  CatalogApiProduct,
  CatalogOption,
  CatalogShippingMethod,
  ConfigureRequest,
  ConfigureResponse,
  OrderOption,
  PriceDelivery,
  PricedDelivery,
  PriceFigures,
  PriceOption,
  PriceRequest,
  PriceResponse,
  ProductOptionNode,
  ProductResponse,
  ProductsResponse,
  ShippingMethodsResponse,
} from '../generated/types.js';
import { ApiProductStore } from './api-product-store.js';
import { addWorkingDays, dayOf, proboDateTime } from './calendar.js';
import { CalculationBook } from './calculations.js';
import type { CalculatedProduct, Calculation } from './calculations.js';
import { availableOptions, evaluate, selectedOptions } from './configure.js';
import type { Evaluation, OptionPrice } from './configure.js';
import { inventable, inventProduct } from './invent-product.js';
import { paged, readDate, readLanguage, readPage } from './paging.js';
import {
  addFigures,
  cents,
  deliveryFigures,
  figures,
  optionPrice,
  unitPurchasePrice,
  withBase,
  ZERO,
} from './pricing.js';
import { CatalogError, refusal } from './problem.js';
import type { CatalogProblem } from './problem.js';
import { indexProduct, kindOf, textIn } from './product-index.js';
import type { ProductIndex } from './product-index.js';

type Query = Record<string, string | undefined>;

/** An order's product as the catalog reads it (by `code` or `customer_code`, with options). */
export interface ProductLike {
  code?: string | undefined;
  customer_code?: string | undefined;
  options?: OrderOption[] | undefined;
}

/** How the catalog treats what it does not know. */
export interface CatalogBehaviour {
  /**
   * Refuse product codes the catalog does not know, on every route (`--strict-catalog`). Without
   * it the catalog invents a plausible product for such a code (`inventProduct`).
   */
  strict?: boolean;
}

/** Most invented products kept at once (they are made again, the same, when needed). */
const INVENTED_KEPT = 1000;
/** Most API products stored through `POST /apiproducts/product`, all accounts together (invented). */
export const MAX_API_PRODUCTS = 10_000;

/**
 * The mock's catalog, behind the catalog endpoints: products and their option trees, configure
 * and price evaluation, composed API products and shipping methods. No HTTP here: every method
 * takes a parsed request and returns the answer body, or throws a CatalogError naming the problems.
 */
export class ProductCatalog {
  readonly data: Catalog;
  readonly calculations = new CalculationBook();
  readonly strict: boolean;
  readonly #products = new Map<string, ProductIndex>();
  readonly #invented = new Map<string, ProductIndex>();
  readonly #apiProducts: ApiProductStore;
  readonly #methods = new Map<string, CatalogShippingMethod>();
  readonly #now: () => Date;
  readonly #priceOf: OptionPrice;
  /** The slowest speed's surcharge: the one without a rush surcharge. */
  readonly #slowestSurcharge: number;

  constructor(data: Catalog, now: () => Date = () => new Date(), behaviour: CatalogBehaviour = {}) {
    this.data = data;
    this.#now = now;
    this.strict = behaviour.strict === true;
    this.#priceOf = (node, evaluation) => optionPrice(data, node, evaluation);
    this.#slowestSurcharge = Math.min(...data.production.map((p) => p.surcharge));
    for (const product of data.products) this.#products.set(product.code, indexProduct(product));
    this.#apiProducts = new ApiProductStore(data.api_products);
    for (const method of data.shipping_methods)
      if (method.code) this.#methods.set(method.code, method);
  }

  /** Forgets what calls added (stored API products, calculations, invented products): `POST /__mock/reset`. */
  reset(): void {
    this.calculations.clear();
    this.#invented.clear();
    this.#apiProducts.clear();
  }

  /** Which of `codes` name products the mock invents (unknown to the catalog, without `strict`). */
  inventedCodes(codes: Iterable<unknown>): string[] {
    if (this.strict) return [];
    const out = new Set<string>();
    for (const code of codes)
      if (typeof code === 'string' && !this.#products.has(code) && inventable(code)) out.add(code);
    return [...out];
  }

  /**
   * The product of `code`: the catalog's, else (without `strict`) an invented one, else undefined
   * with a problem at `pointer` pushed to `problems`.
   */
  #indexOf(code: string, pointer: string, problems: CatalogProblem[]): ProductIndex | undefined {
    const known = this.#products.get(code) ?? this.#invented.get(code);
    if (known) return known;
    if (this.strict || !inventable(code)) {
      problems.push({
        pointer,
        message: this.strict
          ? `unknown product code "${code}" (--strict-catalog)`
          : `unknown product code "${code}": 2 to 200 printable characters are needed to invent one`,
      });
      return undefined;
    }
    const index = indexProduct(inventProduct(code));
    this.#invented.set(code, index);
    if (this.#invented.size > INVENTED_KEPT)
      this.#invented.delete(this.#invented.keys().next().value as string);
    return index;
  }

  /** The product of a code known to be valid (an API product's), invented if need be. */
  #productOf(code: string): ProductIndex {
    return this.#indexOf(code, '', []) ?? indexProduct(inventProduct(code));
  }

  /**
   * `GET /products`: paged (20 a page by default, documented; `per_page` above 1,000 is served as
   * 1,000, invented), newest docs' shape. Invented products are not listed.
   */
  listProducts(query: Query): ProductsResponse {
    const page = readPage(query, 20);
    const language = readLanguage(query.language);
    const from = readDate(query, 'updated_at_from');
    const to = readDate(query, 'updated_at_to');
    const chosen = this.data.products.filter((p) => {
      const day = (p.updated_at ?? '').slice(0, 10);
      return (from === undefined || day >= from) && (to === undefined || day <= to);
    });
    const { meta, items } = paged(chosen, page);
    return {
      meta,
      data: items.map((p) => ({
        active: p.active !== false,
        active_to: p.active_to ?? null,
        replaced_by_product: p.replaced_by_product ?? null,
        code: p.code,
        article_group_name: p.article_group_name,
        unit_code: p.unit_code,
        translations: inLanguage(p.translations, language),
        created_at: p.created_at ?? STAMP,
        updated_at: p.updated_at ?? STAMP,
      })),
    };
  }

  /** `GET /products/product/{code}`, or a 404 CatalogError. */
  product(code: string, query: Query): ProductResponse {
    const language = readLanguage(query.language);
    const problems: CatalogProblem[] = [];
    const index = this.#indexOf(code, '/code', problems);
    if (!index) throw unknownProduct(code, problems);
    const p = index.product;
    const answer: ProductResponse = {
      code: p.code,
      active: p.active !== false,
      active_to: p.active_to ?? null,
      replaced_by_product: p.replaced_by_product ?? null,
      translations: inLanguage(p.translations, language),
      article_group_name: p.article_group_name,
      unit_code: p.unit_code,
      options: p.options.map((o) => optionNode(o, language)),
    };
    if (p.images) answer.images = p.images;
    return answer;
  }

  /** `POST /products/configure` (a body valid against api/configure-request). */
  configure(request: ConfigureRequest): ConfigureResponse {
    const language = request.language?.toLowerCase();
    const problems: CatalogProblem[] = [];
    const evaluations = request.products.map((product, i) => {
      const index = this.#indexOf(product.code, `/products/${i}/code`, problems);
      if (!index) return undefined;
      const evaluation = evaluate(index, product.options ?? [], `/products/${i}`);
      problems.push(...evaluation.problems);
      return evaluation;
    });
    if (problems.length > 0) throw refusal('The configuration', problems, 'invalid_options');
    const done = evaluations as Evaluation[];
    const ids = request.products.map((p, i) => p.id ?? i + 1);
    const canOrder = done.every((e) => e.canOrder);
    return {
      status: 'ok',
      code: 200,
      message: 'Options calculated',
      products: done.map((e, i) => ({
        id: ids[i]!,
        code: e.index.product.code,
        can_order: e.canOrder,
        amount: e.amount,
        width: e.width,
        height: e.height,
        length: e.length,
        available_options: availableOptions(e, language, this.#priceOf),
        selected_options: selectedOptions(e, language),
      })),
      calculation_id: canOrder ? this.#record(done, ids) : null,
    };
  }

  /**
   * `POST /price` (a body valid against api/price-request); a `customer_code` is looked up among
   * the API products of `tenant`'s account.
   */
  price(request: PriceRequest, tenant?: string): PriceResponse {
    const language = request.language?.toLowerCase();
    const problems: CatalogProblem[] = [];
    const evaluations = request.products.map((product, i) => {
      const at = `/products/${i}`;
      let index: ProductIndex | undefined;
      let options: readonly OrderOption[] = product.options ?? [];
      // With both (Probo's configurator sends both once it stored a configuration), `code` wins.
      if (product.code === undefined && product.customer_code !== undefined) {
        const api = this.#apiProducts.get(product.customer_code, tenant);
        if (!api) {
          problems.push({
            pointer: `${at}/customer_code`,
            message: `unknown customer_code "${product.customer_code}" for this API key: store it with POST /apiproducts/product`,
          });
          return undefined;
        }
        index = this.#productOf(api.code);
        options = composed(index, api.options, options);
      } else {
        index = this.#indexOf(product.code!, `${at}/code`, problems);
        if (!index) return undefined;
      }
      const evaluation = evaluate(index, options, at);
      problems.push(...evaluation.problems);
      if (evaluation.problems.length === 0 && !evaluation.canOrder) {
        problems.push({
          pointer: `${at}/options`,
          message: `product "${index.product.code}" is not fully configured: choose ${evaluation.missing.map((g) => `"${g.code}"`).join(', ')}`,
        });
      }
      return evaluation;
    });
    const methods = this.#methodsFor(request.deliveries?.[0], problems);
    if (problems.length > 0) throw refusal('The price request', problems, 'invalid_options');
    const done = evaluations as Evaluation[];
    const ids = request.products.map((p, i) => p.id ?? i + 1);
    const calculationId = this.#record(done, ids);
    const today = dayOf(this.#now());
    const slowest = this.#slowestSurcharge;
    const pieces = done.reduce((n, e) => n + Math.max(1, e.amount), 0);
    const unit = done.map((e) => unitPurchasePrice(e));
    const prices: PriceOption[] = this.data.production.map(({ production_hours, surcharge }) => {
      let sum = ZERO;
      let rush = 0;
      const products = done.map((e, i) => {
        const one = unit[i]! * (1 + surcharge);
        const total = figures(this.data, one * Math.max(1, e.amount));
        rush += unit[i]! * (surcharge - slowest) * Math.max(1, e.amount);
        sum = addFigures(sum, total);
        return { id: ids[i]!, prices_per_product: figures(this.data, one), prices_total: total };
      });
      const shipping = addWorkingDays(today, Math.ceil(production_hours / 24));
      const deliveries: PricedDelivery[] = methods.map((m) => {
        const text = textIn(m.translations, language);
        const delivery: PricedDelivery = {
          shipping_method_api_code: m.code,
          shipping_method_name: text?.title ?? m.code ?? m.carrier_code,
          transit_days: m.transit_days,
          delivery_date: proboDateTime(addWorkingDays(shipping, m.transit_days)),
          prices: deliveryFigures(
            this.data,
            m.price,
            rush,
            m.type === 'pickup' ? 0 : PACKAGING * pieces,
          ),
        };
        if (text?.description !== undefined)
          delivery.shipping_method_description = text.description;
        return delivery;
      });
      const fastest = Math.min(...methods.map((m) => m.transit_days));
      const base = withBase(sum);
      return {
        shipping_date: proboDateTime(shipping),
        delivery_date: proboDateTime(addWorkingDays(shipping, fastest)),
        production_hours,
        products_purchase_price: sum.purchase_price,
        products_purchase_price_incl_vat: sum.purchase_price_incl_vat,
        products_sales_price: sum.sales_price,
        products_sales_price_incl_vat: sum.sales_price_incl_vat,
        products_base_price: base.base_price,
        products_base_price_incl_vat: base.base_price_incl_vat,
        products,
        deliveries,
      };
    });
    return {
      status: 'ok',
      code: 200,
      message: 'Price calculated',
      calculation_id: calculationId,
      prices,
    };
  }

  /** `GET /shipping/methods` (a bare array), optionally of one `type`. */
  shippingMethods(query: Query): ShippingMethodsResponse {
    const language = readLanguage(query.language);
    const type = query.type;
    if (type !== undefined && (type.length < 2 || type.length > 25))
      throw refusal(
        'The query',
        [{ pointer: '?type', message: 'type must be 2 to 25 characters (documented)' }],
        'invalid_query',
      );
    return this.data.shipping_methods
      .filter((m) => type === undefined || m.type === type)
      .map((m) => {
        const out: ShippingMethodsResponse[number] = {
          code: m.code,
          requires_email: m.requires_email ?? false,
          requires_phone: m.requires_phone ?? false,
          carrier_code: m.carrier_code,
          type: m.type,
          translations: inLanguage(m.translations, language),
        };
        if (m.icon !== undefined) out.icon = m.icon;
        return out;
      });
  }

  /** `GET /apiproducts`: the API products of `tenant`'s account (ApiProductStore). */
  apiProducts(query: Query, tenant?: string): ApiProductsResponse {
    const page = readPage(query, 20);
    readLanguage(query.language);
    const { meta, items } = paged(this.#apiProducts.list(tenant), page);
    return {
      meta,
      products: items.map((a) => ({
        customer_code: a.customer_code,
        unit_code: UNIT_NAMES[this.#productOf(a.code).product.unit_code] ?? 'piece',
        title: a.title,
        description: a.description ?? null,
        created_at: a.created_at ?? STAMP,
        updated_at: a.updated_at ?? STAMP,
        deleted_at: null,
      })),
    };
  }

  /** `GET /apiproducts/product/{customer_code}` of `tenant`'s account, or a 404 CatalogError. */
  apiProduct(customerCode: string, query: Query, tenant?: string): ApiProductResponse {
    const language = readLanguage(query.language);
    const api = this.#apiProducts.get(customerCode, tenant);
    if (!api)
      throw new CatalogError(
        `Unknown API product "${customerCode}"`,
        [
          {
            pointer: '/customer_code',
            message: `no composed API product "${customerCode}" for this API key`,
          },
        ],
        404,
      );
    return this.#apiProductAnswer(api, language);
  }

  #apiProductAnswer(api: CatalogApiProduct, language: string | undefined): ApiProductResponse {
    const index = this.#productOf(api.code);
    const e = evaluate(index, api.options, '/options');
    const one = unitPurchasePrice(e);
    const perHours = this.data.production.map(({ production_hours, surcharge }) => ({
      production_hours,
      one: figures(this.data, one * (1 + surcharge)),
      total: figures(this.data, one * (1 + surcharge) * Math.max(1, e.amount)),
    }));
    const keyed = (pick: (p: (typeof perHours)[number]) => PriceFigures) =>
      Object.fromEntries(perHours.map((p) => [String(p.production_hours), pick(p)]));
    const text = textIn(index.product.translations, language);
    return {
      customer_code: api.customer_code,
      code: api.code,
      title: api.title,
      description: api.description ?? text?.description ?? null,
      article_group_name: index.product.article_group_name,
      options: selectedOptions(e, language),
      amount: e.amount || null,
      width: e.width || null,
      height: e.height || null,
      length: e.length || null,
      upload: true,
      uploads: [
        { width: e.width, height: e.height, amount: Math.max(1, e.amount), type: 'single' },
      ],
      prices_per_product_v2: perHours.map((p) => ({
        production_hours: p.production_hours,
        prices: p.one,
      })),
      prices_total_v2: perHours.map((p) => ({
        production_hours: p.production_hours,
        prices: p.total,
      })),
      prices_per_product: keyed((p) => p.one),
      prices_total: keyed((p) => p.total),
    };
  }

  /**
   * `POST /apiproducts/product` (no `customerCode`: store a new one, 201) and
   * `PUT /apiproducts/product/{customerCode}` (update it, 200), as Probo's configurator calls them
   * (observed): a complete configuration of a product, kept under the shop's `customer_code` for
   * `GET /apiproducts…`, `POST /price` and orders of the same account (`tenant`; other accounts
   * do not see it). Refusals name every problem by pointer; a refused call changes nothing.
   */
  storeApiProduct(
    body: ApiProductRequest,
    customerCode?: string,
    tenant?: string,
  ): ApiProductStoredResponse {
    const updating = customerCode !== undefined;
    const existing = this.#apiProducts.get(customerCode ?? body.customer_code, tenant);
    if (updating && !existing)
      throw new CatalogError(
        `Unknown API product "${customerCode}"`,
        [
          {
            pointer: '/customer_code',
            message: `no API product "${customerCode}" of this API key to update: store it with POST /apiproducts/product`,
          },
        ],
        404,
        'unknown_api_product',
      );
    if (!updating && existing)
      throw new CatalogError(
        `API product "${body.customer_code}" already exists`,
        [
          {
            pointer: '/customer_code',
            message: `"${body.customer_code}" is already stored: update it with PUT /apiproducts/product/${body.customer_code}`,
          },
        ],
        409,
        'api_product_exists',
      );
    const problems: CatalogProblem[] = [];
    if (updating && body.customer_code !== customerCode)
      problems.push({
        pointer: '/customer_code',
        message: `must equal the code in the path ("${customerCode}")`,
      });
    if (!updating && this.#apiProducts.storedCount >= MAX_API_PRODUCTS)
      problems.push({
        pointer: '/customer_code',
        message: `the mock keeps at most ${MAX_API_PRODUCTS} API products (POST /__mock/reset forgets them)`,
      });
    const index = this.#indexOf(body.code, '/code', problems);
    if (index) {
      const evaluation = evaluate(index, body.options, '');
      problems.push(...evaluation.problems);
      if (evaluation.problems.length === 0 && !evaluation.canOrder)
        problems.push({
          pointer: '/options',
          message: `not a complete configuration of "${body.code}": choose ${evaluation.missing.map((g) => `"${g.code}"`).join(', ')}`,
        });
    }
    if (problems.length > 0) throw refusal('The API product', problems, 'invalid_api_product');
    const now = proboStamp(this.#now());
    const title = textIn(index!.product.translations, undefined)?.title ?? body.code;
    const api: CatalogApiProduct = {
      customer_code: body.customer_code,
      code: body.code,
      title: body.title ?? existing?.title ?? title,
      description:
        body.description !== undefined ? body.description : (existing?.description ?? null),
      options: body.options,
      created_at: existing?.created_at ?? now,
      updated_at: now,
    };
    this.#apiProducts.set(api, tenant);
    return {
      status: 'ok',
      code: updating ? 200 : 201,
      message: updating ? 'API product updated' : 'API product stored',
      product: this.#apiProductAnswer(api, undefined),
    };
  }

  /**
   * The sales price and VAT of an order's products at the slowest (cheapest) speed, for
   * `GET /orders`: products the catalog does not know (or cannot price) count 0. A
   * `customer_code` is one of `tenant`'s (the account that posted the order).
   */
  orderTotals(
    products: ReadonlyArray<ProductLike>,
    tenant?: string,
  ): { sales: number; vat: number } {
    let sales = 0;
    let salesInclVat = 0;
    const slowest = this.data.production.reduce((a, b) =>
      b.production_hours > a.production_hours ? b : a,
    );
    for (const p of products) {
      const evaluation = this.#evaluationOf(p, tenant);
      if (!evaluation?.canOrder) continue;
      const total = figures(
        this.data,
        unitPurchasePrice(evaluation) * (1 + slowest.surcharge) * Math.max(1, evaluation.amount),
      );
      sales += total.sales_price;
      salesInclVat += total.sales_price_incl_vat;
    }
    return { sales: cents(sales), vat: cents(salesInclVat - sales) };
  }

  /**
   * Problems of an order's product for `--strict-catalog`: an unknown code or customer_code, or
   * options the product does not have. `at` is the product's pointer (`/products/0`); a
   * `customer_code` must be one of `tenant`'s API products.
   */
  orderProductProblems(product: ProductLike, at: string, tenant?: string): CatalogProblem[] {
    if (product.customer_code !== undefined) {
      return this.#apiProducts.get(product.customer_code, tenant)
        ? []
        : [
            {
              pointer: `${at}/customer_code`,
              message: `unknown customer_code "${product.customer_code}" for this API key (--strict-catalog)`,
            },
          ];
    }
    if (product.code === undefined) return [];
    const problems: CatalogProblem[] = [];
    const index = this.#indexOf(product.code, `${at}/code`, problems);
    return index ? evaluate(index, product.options ?? [], at).problems : problems;
  }

  /** The calculation behind a `calculation_id`, if this mock handed it out. */
  calculation(id: number): Calculation | undefined {
    return this.calculations.get(id);
  }

  /** Records the calculation of an order's products (for its uploader sessions), of `tenant`'s order. */
  calculationOf(products: ReadonlyArray<ProductLike>, tenant?: string): Calculation | undefined {
    const evaluations = products.map((p) => this.#evaluationOf(p, tenant));
    if (evaluations.some((e) => !e)) return undefined;
    const ids = products.map((_p, i) => i + 1);
    return this.calculations.get(this.#record(evaluations as Evaluation[], ids));
  }

  #evaluationOf(p: ProductLike, tenant: string | undefined): Evaluation | undefined {
    if (p.customer_code !== undefined) {
      const api = this.#apiProducts.get(p.customer_code, tenant);
      if (!api) return undefined;
      const index = this.#productOf(api.code);
      return evaluate(index, composed(index, api.options, p.options ?? []), '');
    }
    const index = p.code === undefined ? undefined : this.#indexOf(p.code, '', []);
    return index ? evaluate(index, p.options ?? [], '') : undefined;
  }

  #record(evaluations: Evaluation[], ids: number[]): number {
    const products: CalculatedProduct[] = evaluations.map((e, i) => ({
      id: ids[i]!,
      code: e.index.product.code,
      amount: e.amount,
      width: e.width,
      height: e.height,
    }));
    // `id:code:input=value,…:choice,…` per product, each list sorted, joined by `|`: the same
    // configuration gives the same key (and id) whatever the order of its options.
    let key = '';
    evaluations.forEach((e, i) => {
      const values: string[] = [];
      for (const [c, v] of e.values) values.push(`${c}=${v}`);
      const chosen = e.chosen.length > 1 ? [...e.chosen].sort() : e.chosen;
      key += `${i > 0 ? '|' : ''}${ids[i]}:${e.index.product.code}:${values.sort().join(',')}:${chosen.join(',')}`;
    });
    return this.calculations.record(key, products);
  }

  /** The shipping methods a delivery allows: its `shipping_method_code`, or all for its country. */
  #methodsFor(
    delivery: PriceDelivery | undefined,
    problems: CatalogProblem[],
  ): CatalogShippingMethod[] {
    const all = this.data.shipping_methods;
    if (!delivery) return all;
    const raw = (delivery.address as { country?: unknown }).country;
    const country = typeof raw === 'string' ? raw.toUpperCase() : undefined;
    const reaches = (m: CatalogShippingMethod) =>
      !m.countries || country === undefined || m.countries.includes(country);
    if (delivery.shipping_method_code !== undefined) {
      const method = this.#methods.get(delivery.shipping_method_code);
      if (!method) {
        problems.push({
          pointer: '/deliveries/0/shipping_method_code',
          message: `unknown shipping method "${delivery.shipping_method_code}"; known: ${[...this.#methods.keys()].join(', ')}`,
        });
        return [];
      }
      return [method];
    }
    let methods = all.filter(reaches);
    if (delivery.carrier_code !== undefined)
      methods = methods.filter(
        (m) => m.carrier_code.toLowerCase() === delivery.carrier_code!.toLowerCase(),
      );
    const preset = delivery.shipping_method_preset;
    if (preset === 'cheapest' && methods.length > 0)
      methods = [
        methods
          .filter((m) => m.type === 'shipment')
          .reduce((a, b) => (b.price < a.price ? b : a), methods[0]!),
      ];
    if (preset === 'fastest' && methods.length > 0)
      methods = [
        methods
          .filter((m) => m.type === 'shipment')
          .reduce((a, b) => (b.transit_days < a.transit_days ? b : a), methods[0]!),
      ];
    if (methods.length === 0)
      problems.push({
        pointer: '/deliveries/0',
        message: `no shipping method of the catalog reaches this delivery${country ? ` (country ${country})` : ''}`,
      });
    return methods;
  }
}

const STAMP = '2024-01-01T00:00:00+0000';
/** `2021-01-15T14:45:59+0000`, Probo's time format. */
const proboStamp = (date: Date): string => `${date.toISOString().slice(0, 19)}+0000`;
/** Packaging per product of a shipped delivery (invented). */
const PACKAGING = 1.5;
const UNIT_NAMES: Record<number, string> = { 1: 'm2', 2: 'm1', 3: 'piece' };

function inLanguage<T>(
  translations: Record<string, T>,
  language: string | undefined,
): Record<string, T> {
  if (language === undefined) return translations;
  const text = textIn(translations, language);
  const key =
    translations[language] !== undefined
      ? language
      : Object.keys(translations).find((k) => translations[k] === text)!;
  return { [key]: text as T };
}

function optionNode(o: CatalogOption, language: string | undefined): ProductOptionNode {
  const node: ProductOptionNode = {
    code: o.code,
    type_code: o.type_code,
    is_parent: kindOf(o) === 'group',
    translations: inLanguage(o.translations, language),
  };
  if (o.min_value !== undefined) node.min_value = o.min_value;
  if (o.max_value !== undefined) node.max_value = o.max_value;
  if (o.step_size !== undefined) node.step_size = o.step_size;
  if (o.default_value !== undefined) node.default_value = o.default_value;
  if (o.reversible !== undefined) node.reversible = o.reversible;
  if (o.disabled_for_options) node.disabled_for_options = o.disabled_for_options;
  if (o.children) node.children = o.children.map((c) => optionNode(c, language));
  return node;
}

/** An API product's options with the request's on top (a request option replaces the same code or choice group). */
function composed(
  index: ProductIndex,
  fixed: readonly OrderOption[],
  given: readonly OrderOption[],
): OrderOption[] {
  if (given.length === 0) return [...fixed];
  const replaced = new Set<string>();
  for (const o of given) {
    const found = index.options.get(o.code);
    replaced.add(o.code);
    if (found?.group && found.kind === 'choice')
      for (const c of found.group.children ?? []) replaced.add(c.code);
  }
  return [...fixed.filter((o) => !replaced.has(o.code)), ...given];
}

function unknownProduct(code: string, problems: CatalogProblem[]): CatalogError {
  return new CatalogError(`Unknown product "${code}"`, problems, 404, 'unknown_product');
}
