/** The credential of a Probo API call: `Bearer <key>` (documented) or `Basic <token>` (observed). */
export type AuthResult = { ok: true; token: string } | { ok: false; message: string };

const SCHEME = /^(Bearer|Basic)\s+(\S.*)$/i;

/** Reads the Authorization header; with `apiKey` set, only that value is accepted (either scheme). */
export function checkAuthorization(
  header: string | undefined,
  apiKey: string | undefined,
): AuthResult {
  if (header === undefined || header.trim() === '') {
    return {
      ok: false,
      message: 'Missing Authorization header: send "Authorization: Bearer <api key>"',
    };
  }
  const match = SCHEME.exec(header.trim());
  if (!match) {
    return { ok: false, message: 'Authorization must be "Bearer <api key>" or "Basic <token>"' };
  }
  const token = (match[2] as string).trim();
  if (apiKey !== undefined && token !== apiKey) return { ok: false, message: 'Invalid API key' };
  return { ok: true, token };
}
