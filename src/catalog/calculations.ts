import { hashString } from '../shared/seeded-random.js';

/** A product of a finished calculation, as the uploader needs it. */
export interface CalculatedProduct {
  /** The product's id in the request (1-based when the request gave none). */
  id: number;
  code: string;
  amount: number;
  width: number;
  height: number;
}

export interface Calculation {
  id: number;
  products: CalculatedProduct[];
}

/**
 * The calculations handed out by configure and price, by id, for the uploader and orders. The id
 * is a hash of the configuration (deterministic: the same options, the same id; invented). Keeps
 * the latest `limit`.
 */
export class CalculationBook {
  readonly #byId = new Map<number, Calculation>();
  constructor(readonly limit = 10_000) {}

  /** The id of `key` (a canonical text of the configuration), recording the calculation. */
  record(key: string, products: CalculatedProduct[]): number {
    const id = 10_000 + (hashString(key) % 2_000_000_000);
    if (this.#byId.has(id)) return id;
    this.#byId.set(id, { id, products });
    if (this.#byId.size > this.limit) this.#byId.delete(this.#byId.keys().next().value as number);
    return id;
  }

  get(id: number): Calculation | undefined {
    return this.#byId.get(id);
  }

  clear(): void {
    this.#byId.clear();
  }
}
