/**
 * Header names whose values are credentials: kept out of the journal. Broad on purpose
 * (`X-Shop-Key`, `X-Auth-User`, `X-Session`…): a redacted harmless header costs less than a
 * leaked secret.
 */
const SECRET =
  /^(authorization|proxy-authorization|cookie|set-cookie)$|secret|signature|token|key|auth|pass|session|credential/i;

// The answer of each name, remembered: every journaled attempt asks for the same few names.
const known = new Map<string, boolean>();

/** Whether a header's value is a credential (kept out of the journal). */
export function isSecretHeader(name: string): boolean {
  let secret = known.get(name);
  if (secret === undefined) {
    secret = SECRET.test(name);
    if (known.size < 1024) known.set(name, secret); // bounded: names come from receivers
  }
  return secret;
}

/** A copy of `headers` with credential values replaced, for the journal. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    out[name] = isSecretHeader(name) ? '[redacted]' : value;
  return out;
}

/** A URL with any `user:password@` replaced, for printed lines. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1[redacted]@');
}
