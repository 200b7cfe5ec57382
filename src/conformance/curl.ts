/** `curl` commands that replay a request of a report, for failures a person can act on. */

/** Quotes for a POSIX shell: `'…'`, with each `'` written as `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `x-shop-secret` → `X_SHOP_SECRET`: the variable a replay reads a redacted header from. */
export function headerVariable(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/**
 * One curl command: the method, the URL, our headers as sent, the user's (secret) headers as
 * `"$VARIABLE"` references so that no secret lands in a report, and the body byte for byte.
 */
export function curlCommand(request: {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  secretHeaders?: readonly string[];
  /** A secret header's value as a shell expression of its variable (a forged, altered secret). */
  secretExpressions?: Record<string, string>;
  body?: string;
}): string {
  const parts = ['curl -sS -i'];
  if (request.method !== 'GET') parts.push(`-X ${request.method}`);
  parts.push(shellQuote(request.url));
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === 'user-agent') continue;
    parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  }
  for (const name of request.secretHeaders ?? []) {
    const value = request.secretExpressions?.[name] ?? `\${${headerVariable(name)}}`;
    parts.push(`-H "${name}: ${value}"`);
  }
  if (request.body !== undefined) parts.push(`--data-binary ${shellQuote(request.body)}`);
  return parts.join(' ');
}
