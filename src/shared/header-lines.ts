const TOKEN = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

/** Whether `name` can be a header name (an RFC 9110 token). */
export function isHeaderName(name: string): boolean {
  return TOKEN.test(name);
}

/** `"X-Secret: abc"` → `["X-Secret", "abc"]` (both trimmed); undefined without a name before `:`. */
export function splitHeaderLine(line: string): [string, string] | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0) return undefined;
  return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
}

/** Reads repeated `--header "Name: value"` options into a header map; a bad one throws a clear error. */
export function parseHeaderLines(
  lines: readonly string[],
  flag = '--header',
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const [name, value] = splitHeaderLine(line) ?? ['', ''];
    if (!isHeaderName(name)) {
      throw new TypeError(`${flag} must look like "Name: value" (got "${line}")`);
    }
    out[name.toLowerCase()] = value;
  }
  return out;
}
