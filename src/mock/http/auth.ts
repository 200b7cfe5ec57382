import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The credential of a Probo API call: `Bearer <key>` (documented), `Basic <key>` (observed in
 * integrations), or the standard Basic form `Basic base64(<key>:)` that `curl -u <key>:` sends.
 */
export type AuthResult = { ok: true; token: string } | { ok: false; message: string };

const SCHEME = /^(Bearer|Basic)\s+(\S.*)$/i;

/** The forms a 401 names, so a shop sees at once what to send. */
export const ACCEPTED_FORMS =
  'send "Authorization: Bearer <api key>" (documented), "Authorization: Basic <api key>" (as integrations send it) or "Authorization: Basic base64(<api key>:)" (what curl -u <api key>: sends)';

/** Digests of each key list, made once per list (the resolved options keep one list). */
const DIGESTS = new WeakMap<readonly string[], readonly { key: string; digest: Buffer }[]>();

/**
 * The key of `keys` that `candidate` is, or undefined. Every key is compared, each in constant
 * time (digests of equal length), so the answer's timing tells nothing of the keys.
 */
export function matchKey(keys: readonly string[], candidate: string): string | undefined {
  let digests = DIGESTS.get(keys);
  if (!digests) DIGESTS.set(keys, (digests = keys.map((key) => ({ key, digest: digest(key) }))));
  const given = digest(candidate);
  let found: string | undefined;
  for (const d of digests) if (timingSafeEqual(given, d.digest)) found ??= d.key;
  return found;
}

/** Reads the Authorization header; with `keys` set, only those keys are accepted (in any form). */
export function checkAuthorization(
  header: string | undefined,
  keys: readonly string[] | undefined,
): AuthResult {
  if (header === undefined || header.trim() === '')
    return { ok: false, message: `Missing Authorization header: ${ACCEPTED_FORMS}` };
  const match = SCHEME.exec(header.trim());
  if (!match) return { ok: false, message: `Unreadable Authorization header: ${ACCEPTED_FORMS}` };
  const token = (match[2] as string).trim();
  // Any key: `curl -u KEY:` is the same key (and tenant) as `Bearer KEY`.
  if (keys === undefined)
    return { ok: true, token: (isBasic(match[1]) && basicUser(token)) || token };
  const user = isBasic(match[1]) ? basicUser(token) : undefined;
  const key = matchKey(keys, token) ?? (user === undefined ? undefined : matchKey(keys, user));
  if (key !== undefined) return { ok: true, token: key };
  return { ok: false, message: `Invalid API key: ${ACCEPTED_FORMS}` };
}

function isBasic(scheme: string | undefined): boolean {
  return scheme !== undefined && /^basic$/i.test(scheme);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** The user of a standard Basic credential (`base64(user:password)`), if it is one. */
function basicUser(token: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+=*$/.test(token)) return undefined;
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? decoded.slice(0, colon) : undefined;
}
