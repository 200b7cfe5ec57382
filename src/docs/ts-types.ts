import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../shared/paths.js';

/**
 * The generated TypeScript declarations (src/generated/types.ts, written by `npm run generate`
 * from the schemas), cut into one piece per exported type so each docs page can show its own.
 * An installed package has no src/, so the compiled `dist/generated/types.d.ts` is the fallback.
 */
export class GeneratedTypes {
  private readonly declarations = new Map<string, string>();

  constructor(source: string) {
    const lines = source.split('\n');
    let start = -1;
    let name: string | undefined;
    const flush = (end: number): void => {
      if (name !== undefined)
        this.declarations.set(name, lines.slice(start, end).join('\n').trim());
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const opensDoc = line.startsWith('/**');
      const exported = /^export (?:declare )?(?:interface|type) (\w+)/.exec(line);
      if (opensDoc || (exported && !(start >= 0 && name === undefined))) {
        flush(i);
        start = i;
        name = undefined;
      }
      if (exported) name = exported[1];
    }
    flush(lines.length);
  }

  static load(root: string = packageRoot): GeneratedTypes | undefined {
    for (const file of ['src/generated/types.ts', 'dist/generated/types.d.ts']) {
      const path = join(root, file);
      if (existsSync(path)) return new GeneratedTypes(readFileSync(path, 'utf8'));
    }
    return undefined;
  }

  has(name: string): boolean {
    return this.declarations.has(name);
  }

  /** The declaration of `name` followed by every declared type it uses, each once. */
  withDependencies(name: string): string | undefined {
    if (!this.declarations.has(name)) return undefined;
    const order: string[] = [];
    const visit = (n: string): void => {
      if (order.includes(n)) return;
      order.push(n);
      const body = this.declarations.get(n)!.replace(/\/\*[\s\S]*?\*\//g, '');
      for (const word of body.match(/\b[A-Z]\w*\b/g) ?? []) {
        if (word !== n && this.declarations.has(word)) visit(word);
      }
    };
    visit(name);
    return order.map((n) => this.declarations.get(n)!).join('\n\n');
  }
}
