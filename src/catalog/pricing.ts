import type {
  Catalog,
  CatalogOption,
  DeliveryPriceFigures,
  OptionPriceFigures,
  PriceFigures,
} from '../generated/types.js';
import type { Evaluation } from './configure.js';

/** Rounded to cents. */
export const cents = (n: number): number => Math.round(n * 100) / 100;

/**
 * The purchase price of one product of an evaluation (invented, deterministic): the base price
 * and the chosen options' surcharges per unit (m² from width × height in cm, meters, or pieces),
 * plus per-piece surcharges, and never below the product's minimum.
 */
export function unitPurchasePrice(evaluation: Evaluation): number {
  const { product, options } = evaluation.index;
  let perUnit = product.base_price;
  let perPiece = 0;
  for (const code of evaluation.chosen) {
    const node = options.get(code)!.node;
    perUnit += node.price ?? 0;
    perPiece += node.price_per_piece ?? 0;
  }
  return Math.max(product.minimum_price ?? 0, perUnit * unitsOf(evaluation) + perPiece);
}

/** The units of one product: m² from width × height in cm, meters, or 1 piece (0 before a size). */
function unitsOf(evaluation: Evaluation): number {
  const unit = evaluation.index.product.unit_code;
  if (unit === 1) return (evaluation.width * evaluation.height) / 10_000;
  if (unit === 2) return (evaluation.length || evaluation.width) / 100;
  return 1;
}

/**
 * What an option adds to one product, by price type (configure answers; invented figures): its
 * surcharge per unit times the size given so far (one unit before a size), plus per piece; null
 * for an option that adds nothing.
 */
export function optionPrice(
  catalog: Catalog,
  node: CatalogOption,
  evaluation: Evaluation,
): OptionPriceFigures | null {
  if (node.price === undefined && node.price_per_piece === undefined) return null;
  const units = unitsOf(evaluation) || 1;
  return withBase(figures(catalog, (node.price ?? 0) * units + (node.price_per_piece ?? 0)));
}

/**
 * Figures with Probo's `base_price` (before discounts: the mock grants none, so the purchase
 * price). Written out, not spread: a spread with more keys is several times slower in V8.
 */
export function withBase(f: PriceFigures): OptionPriceFigures {
  return {
    purchase_price: f.purchase_price,
    purchase_price_incl_vat: f.purchase_price_incl_vat,
    sales_price: f.sales_price,
    sales_price_incl_vat: f.sales_price_incl_vat,
    base_price: f.purchase_price,
    base_price_incl_vat: f.purchase_price_incl_vat,
  };
}

/**
 * A `/price` delivery's prices: the shipping method's four figures and the purchase figures
 * Probo's configurator reads (the speed's rush surcharge, shipping, packaging).
 */
export function deliveryFigures(
  catalog: Catalog,
  shipping: number,
  rush: number,
  packaging: number,
): DeliveryPriceFigures {
  const f = figures(catalog, shipping);
  return {
    purchase_price: f.purchase_price,
    purchase_price_incl_vat: f.purchase_price_incl_vat,
    sales_price: f.sales_price,
    sales_price_incl_vat: f.sales_price_incl_vat,
    purchase_rush_surcharge: cents(rush),
    purchase_shipping_price: cents(shipping),
    purchase_packaging_price: cents(packaging),
  };
}

/** The four prices of a purchase price, with the catalog's VAT and margin. */
export function figures(catalog: Catalog, purchase: number): PriceFigures {
  const vat = 1 + (catalog.vat_rate ?? 0.21);
  const sales = purchase * (1 + (catalog.margin ?? 0.5));
  return {
    purchase_price: cents(purchase),
    purchase_price_incl_vat: cents(purchase * vat),
    sales_price: cents(sales),
    sales_price_incl_vat: cents(sales * vat),
  };
}

export function addFigures(a: PriceFigures, b: PriceFigures): PriceFigures {
  return {
    purchase_price: cents(a.purchase_price + b.purchase_price),
    purchase_price_incl_vat: cents(a.purchase_price_incl_vat + b.purchase_price_incl_vat),
    sales_price: cents(a.sales_price + b.sales_price),
    sales_price_incl_vat: cents(a.sales_price_incl_vat + b.sales_price_incl_vat),
  };
}

export const ZERO: PriceFigures = {
  purchase_price: 0,
  purchase_price_incl_vat: 0,
  sales_price: 0,
  sales_price_incl_vat: 0,
};
