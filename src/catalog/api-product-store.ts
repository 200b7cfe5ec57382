import type { CatalogApiProduct } from '../generated/types.js';

/**
 * The composed API products each account sees, as Probo keeps them per account: the catalog's
 * seeded ones (every account sees them) and the ones an account stored with
 * `POST`/`PUT /apiproducts/product…`, which only that account sees. An account that updates a
 * seeded product gets its own copy; the others keep the seeded one. `tenant` is the account
 * (tenant.ts: a hash of the API key); undefined is the library used without a key.
 */
export class ApiProductStore {
  readonly #seeded = new Map<string, CatalogApiProduct>();
  readonly #stored = new Map<string, Map<string, CatalogApiProduct>>();
  #count = 0;

  constructor(seeded: readonly CatalogApiProduct[]) {
    for (const api of seeded) this.#seeded.set(api.customer_code, api);
  }

  /** Products stored by calls, all accounts together (the mock's memory bound counts these). */
  get storedCount(): number {
    return this.#count;
  }

  get(customerCode: string, tenant: string | undefined): CatalogApiProduct | undefined {
    return this.#stored.get(tenant ?? '')?.get(customerCode) ?? this.#seeded.get(customerCode);
  }

  /** The account's products: the seeded ones (its own copy where it updated one), then its own. */
  list(tenant: string | undefined): CatalogApiProduct[] {
    const own = this.#stored.get(tenant ?? '');
    if (!own) return [...this.#seeded.values()];
    const out = [...this.#seeded.values()].map((api) => own.get(api.customer_code) ?? api);
    for (const api of own.values()) if (!this.#seeded.has(api.customer_code)) out.push(api);
    return out;
  }

  set(api: CatalogApiProduct, tenant: string | undefined): void {
    const key = tenant ?? '';
    let own = this.#stored.get(key);
    if (!own) this.#stored.set(key, (own = new Map()));
    if (!own.has(api.customer_code)) this.#count++;
    own.set(api.customer_code, api);
  }

  /** Forgets every stored product (`POST /__mock/reset`); the seeded ones stay. */
  clear(): void {
    this.#stored.clear();
    this.#count = 0;
  }
}
