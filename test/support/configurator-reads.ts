/**
 * What Probo's own product configurator (the web component `ProboConnect/product-configurator`,
 * v2.5.4, MIT) reads of the API's answers, restated field by field in our own code: every access
 * is as unguarded as the component's, so an answer missing a field it reads throws here as it
 * throws there (`TypeError: Cannot read properties of undefined`). The tests drive the mock with
 * it; the component itself is not part of this repository.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

/** The price types the component can be set to (`setPriceType`, with or without VAT). */
export const PRICE_TYPES = [
  'purchase_price',
  'purchase_price_incl_vat',
  'sales_price',
  'sales_price_incl_vat',
  'base_price',
  'base_price_incl_vat',
] as const;

export interface ChildView {
  code: string;
  title: string | null;
  description: string | null;
  image: string | undefined;
  price: number | undefined;
  unit: string;
  min: unknown;
  max: unknown;
  available: boolean;
  amount: unknown;
  reversible: unknown;
  labels: Array<{ text: string }> | undefined;
  typeCode: string;
}

/** One child of an `available_options` group, as the component maps it for display. */
export function readChild(child: Any, priceType: string): ChildView {
  return {
    code: child.code,
    title: child.name,
    description: child.description,
    // Read unguarded: `images` must be an array on every child.
    image: child.images.length ? child.images[0].url : undefined,
    price: child.price ? child.price[priceType] : undefined,
    unit: child.unit_code || 'pc',
    min: child.min_value,
    max: child.max_value,
    available: child.available,
    amount: child.default_value,
    reversible: child.reversible,
    labels: child.label ? [{ text: child.label }] : undefined,
    typeCode: child.type_code,
  };
}

export interface Step {
  code: string;
  title: string;
  /** `simple`: number fields (size and amount); `options`: cards to choose from. */
  type: 'simple' | 'options';
  options: ChildView[];
}

/**
 * Appends the steps of a configure answer's `available_options` to `steps`, as the component
 * does: groups `size` and `amount` become one `measurement-amount` step when a group has a
 * `width` or `height` child and that step is not there yet; every other group is a new step.
 */
export function appendSteps(steps: Step[], groups: Any[], priceType: string): Step[] {
  let list = [...groups];
  const hasMeasure = steps.some((s) => s.code === 'measurement-amount');
  if (
    !hasMeasure &&
    groups.some((g) => g.children.some((c: Any) => ['width', 'height'].includes(c.code)))
  ) {
    const merged = groups.filter((g) => ['size', 'amount'].includes(g.code));
    list = groups.filter((g) => !['size', 'amount'].includes(g.code));
    list.unshift({
      code: 'measurement-amount',
      name: 'Size and amount',
      children: merged.flatMap((g) => g.children),
      available: merged.every((g) => g.available),
    });
  }
  return [
    ...steps,
    ...list.map((g): Step => ({
      code: g.code,
      title: g.name,
      type: g.code === 'measurement-amount' || g.code === 'amount' ? 'simple' : 'options',
      options: g.children.map((c: Any) => readChild(c, priceType)),
    })),
  ];
}

export interface PriceView {
  price: string;
  shipping: number;
  packaging: number;
  days: Array<{ date: string; cost: number; method: string }>;
}

/** The cheapest delivery of one price option: the least `purchase_rush_surcharge`. */
function cheapest(deliveries: Any[]): Any {
  let best: Any;
  let least = Infinity;
  for (const d of deliveries) {
    const rush = d.prices.purchase_rush_surcharge;
    if (rush < least) {
      least = rush;
      best = d;
    }
  }
  return best;
}

/** What the component shows of a `/price` answer's `prices` (its price and delivery views). */
export function readPrices(prices: Any[], priceType: string): PriceView {
  let overall: Any = null;
  let least = Infinity;
  for (const option of prices) {
    const d = cheapest(option.deliveries);
    if (d.prices.purchase_rush_surcharge < least) {
      least = d.prices.purchase_rush_surcharge;
      overall = d;
    }
  }
  return {
    price: prices[0][`products_${priceType}`].toString(),
    shipping: overall.prices.purchase_shipping_price,
    packaging: overall.prices.purchase_packaging_price,
    days: prices.map((option) => ({
      date: new Date(option.delivery_date).toDateString(),
      cost: cheapest(option.deliveries).prices.purchase_rush_surcharge,
      method: cheapest(option.deliveries).shipping_method_api_code,
    })),
  };
}

/** What the component's product modal shows of `GET /products/product/{code}`. */
export function readProductInfo(info: Any, language: string) {
  return {
    name: info.translations[language]?.title
      ? info.translations[language].title
      : info.translations?.nl.title || info.code,
    image: info.images?.[0].url,
    subtitle: info.translations?.[language]?.description || info.translations?.nl.description,
  };
}

/** What the search list shows of one `GET /products?per_page=1000` item. */
export function readListItem(item: Any, language: string) {
  const text = item.translations[language] ?? item.translations.nl;
  return { code: item.code, title: text?.title, description: text?.description };
}
