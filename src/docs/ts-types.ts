import { TYPE_SNIPPETS, type TypeSnippet } from '../generated/type-snippets.js';

/**
 * The generated TypeScript declarations, one per exported type, so each docs page can show its
 * own: data that `npm run generate` writes to src/generated/type-snippets.ts next to the types.
 */
export class GeneratedTypes {
  constructor(private readonly declarations: Readonly<Record<string, TypeSnippet>>) {}

  static load(): GeneratedTypes {
    return new GeneratedTypes(TYPE_SNIPPETS);
  }

  has(name: string): boolean {
    return Object.hasOwn(this.declarations, name);
  }

  /** The declaration of `name` followed by every declared type it uses, each once. */
  withDependencies(name: string): string | undefined {
    if (!this.has(name)) return undefined;
    const order: string[] = [];
    const visit = (n: string): void => {
      if (order.includes(n)) return;
      order.push(n);
      for (const used of this.declarations[n]!.uses) if (this.has(used)) visit(used);
    };
    visit(name);
    return order.map((n) => this.declarations[n]!.text).join('\n\n');
  }
}
