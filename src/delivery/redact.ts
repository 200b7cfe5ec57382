/** Header names whose values are credentials: kept out of the journal. */
const SECRET =
  /^(authorization|proxy-authorization|cookie|x-api-key|x-auth-token)$|secret|signature|token/i;

/** A copy of `headers` with credential values replaced, for the journal. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    out[name] = SECRET.test(name) ? '[redacted]' : value;
  return out;
}
