import type { CatalogOption, CatalogProduct } from '../generated/types.js';
import { isGroup } from './load-catalog.js';

export type NodeKind = 'group' | 'input' | 'choice';

/** An option of a product, where it sits in the tree. */
export interface IndexedOption {
  node: CatalogOption;
  kind: NodeKind;
  /** The group it belongs to (undefined for a top-level group). */
  group: CatalogOption | undefined;
  /** The choice it hangs under, which must be chosen first (undefined at the top). */
  under: string | undefined;
}

/** A product with its options by code: built once per catalog, read per request. */
export interface ProductIndex {
  product: CatalogProduct;
  options: Map<string, IndexedOption>;
}

export function kindOf(node: CatalogOption): NodeKind {
  if (isGroup(node)) return 'group';
  return node.type_code === 'radio' ? 'choice' : 'input';
}

export function indexProduct(product: CatalogProduct): ProductIndex {
  const options = new Map<string, IndexedOption>();
  const walk = (
    nodes: CatalogOption[],
    group: CatalogOption | undefined,
    under: string | undefined,
  ): void => {
    for (const node of nodes) {
      const kind = kindOf(node);
      // A group's own input of the same code (`amount` in the `amount` group) replaces it here.
      options.set(node.code, { node, kind, group, under });
      if (!node.children) continue;
      if (kind === 'group') walk(node.children, node, under);
      else walk(node.children, undefined, node.code); // groups below a choice
    }
  };
  walk(product.options, undefined, undefined);
  return { product, options };
}

/** The text of `translations` in `language`, else English, else the first one. */
export function textIn<T>(
  translations: Record<string, T>,
  language: string | undefined,
): T | undefined {
  return (
    (language !== undefined ? translations[language] : undefined) ??
    translations.en ??
    Object.values(translations)[0]
  );
}
