/** Absolute `$id`s of the schemas the library validates against most (see schemas/). */
export const SCHEMA_BASE = 'https://probo-mock.dev/schemas';

export const CALLBACK_SCHEMA_ID = `${SCHEMA_BASE}/callbacks/callback.schema.json`;
export const ORDER_POST_SCHEMA_ID = `${SCHEMA_BASE}/api/order-post.schema.json`;

/** The `$id` of any schema by its path under schemas/ without `.schema.json`, e.g. `api/order-post`. */
export function schemaId(path: string): string {
  return `${SCHEMA_BASE}/${path}.schema.json`;
}

/** The path under schemas/ of a schema `$id` (or file name), the inverse of `schemaId`: `api/order-post`. */
export function schemaPathOfId(id: string): string {
  return id.replace(/^.*\/schemas\//, '').replace(/\.schema\.json$/, '');
}
