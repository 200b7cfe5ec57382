/**
 * The credential of a Probo API call: `Bearer <key>` (documented), `Basic <key>` (observed in
 * integrations), or the standard Basic form `Basic base64(<key>:)` that `curl -u <key>:` sends.
 */
export type AuthResult = { ok: true; token: string } | { ok: false; message: string };

const SCHEME = /^(Bearer|Basic)\s+(\S.*)$/i;

/** The forms a 401 names, so a shop sees at once what to send. */
export const ACCEPTED_FORMS =
  'send "Authorization: Bearer <api key>" (documented), "Authorization: Basic <api key>" (as integrations send it) or "Authorization: Basic base64(<api key>:)" (what curl -u <api key>: sends)';

/** Reads the Authorization header; with `apiKey` set, only that key is accepted (in any form). */
export function checkAuthorization(
  header: string | undefined,
  apiKey: string | undefined,
): AuthResult {
  if (header === undefined || header.trim() === '')
    return { ok: false, message: `Missing Authorization header: ${ACCEPTED_FORMS}` };
  const match = SCHEME.exec(header.trim());
  if (!match) return { ok: false, message: `Unreadable Authorization header: ${ACCEPTED_FORMS}` };
  const token = (match[2] as string).trim();
  if (apiKey === undefined) return { ok: true, token };
  if (token === apiKey) return { ok: true, token };
  if (/^basic$/i.test(match[1] as string) && basicUser(token) === apiKey)
    return { ok: true, token: apiKey };
  return { ok: false, message: `Invalid API key: ${ACCEPTED_FORMS}` };
}

/** The user of a standard Basic credential (`base64(user:password)`), if it is one. */
function basicUser(token: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+=*$/.test(token)) return undefined;
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? decoded.slice(0, colon) : undefined;
}
