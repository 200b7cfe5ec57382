/** Reads repeated `--header "Name: value"` options into a header map; a bad one throws a clear error. */
export function parseHeaderLines(
  lines: readonly string[],
  flag = '--header',
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
      throw new TypeError(`${flag} must look like "Name: value" (got "${line}")`);
    }
    out[name.toLowerCase()] = line.slice(colon + 1).trim();
  }
  return out;
}
