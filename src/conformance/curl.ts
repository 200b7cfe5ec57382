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
    parts.push(`-H "${name}: \${${headerVariable(name)}}"`);
  }
  if (request.body !== undefined) parts.push(`--data-binary ${shellQuote(request.body)}`);
  return parts.join(' ');
}
