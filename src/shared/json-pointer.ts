/** RFC 6901 JSON pointers: for `--state-pointer`, diagnostics, body problems and schema `$ref`s. */

/** One reference token as it is written in a pointer (`~` → `~0`, `/` → `~1`). */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** One written reference token back to its key (`~1` → `/`, `~0` → `~`). */
export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The pointer of a path of keys: `['a', 'b/c']` → `/a/b~1c`; no keys is '' (the root). */
export function formatPointer(keys: readonly string[]): string {
  return keys.map((key) => `/${escapePointerToken(key)}`).join('');
}

/** Splits a pointer into its reference tokens; throws on a pointer that is not '' or '/…'. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) {
    throw new Error(`"${pointer}" is not a JSON pointer (it must be empty or start with "/")`);
  }
  return pointer.slice(1).split('/').map(unescapePointerToken);
}

/** The value at the pointer, or undefined when there is none. */
export function resolvePointer(document: unknown, tokens: readonly string[]): unknown {
  let node = document;
  for (const token of tokens) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, token)) {
      node = (node as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return node;
}
