import { createHash } from 'node:crypto';

/**
 * Each API key is a tenant, as each key is an account at Probo: it sees and changes only the
 * orders it posted. The key itself is never kept or logged: a tenant is named by a hash of it,
 * `t_` and the first 16 hex digits of its SHA-256 (`printf %s KEY | sha256sum | cut -c1-16`).
 */
export function tenantOf(key: string): string {
  let tenant = known.get(key);
  if (tenant === undefined) {
    tenant = `t_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
    // A handful of keys in practice; bounded all the same (a client may send a new key per call).
    if (known.size >= 1024) known.clear();
    known.set(key, tenant);
  }
  return tenant;
}

const known = new Map<string, string>();

/**
 * The customer number Probo would know the tenant's account by, as the duplicate-order message
 * names it ("for customer '12345'"): five digits drawn from the tenant id (invented).
 */
export function customerNumberOf(tenant: string): string {
  return String(10_000 + (Number.parseInt(tenant.slice(2, 10), 16) % 90_000));
}
