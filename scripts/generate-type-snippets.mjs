// src/generated/type-snippets.ts: each exported declaration of the generated types, as text, with
// the declared types it uses, so each docs page shows its type without reading TypeScript back.
// Parsed with the TypeScript compiler (a dev dependency), from the text generateTypes() wrote.
import ts from 'typescript';
import { format, resolveConfig } from 'prettier';

const BANNER = `/**
 * The declarations of src/generated/types.ts, one per exported type, generated, do not edit.
 * Run \`npm run generate\` after changing a schema.
 */`;

/** `{ name: { text, uses } }` for every exported interface and type alias of `source`. */
export function typeSnippets(source) {
  const file = ts.createSourceFile('types.ts', source, ts.ScriptTarget.Latest, true);
  const declared = file.statements.filter(
    (s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name,
  );
  const names = new Set(declared.map((s) => s.name.text));
  const snippets = {};
  for (const statement of declared) {
    const name = statement.name.text;
    // The text with its leading doc comment (the banner belongs to no declaration).
    const docs = ts
      .getJSDocCommentsAndTags(statement)
      .filter((d) => d.kind === ts.SyntaxKind.JSDoc);
    const start = docs.length > 0 ? docs[docs.length - 1].getStart(file) : statement.getStart(file);
    const text = source.slice(start, statement.getEnd()).trim();
    const uses = [];
    const visit = (node) => {
      if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
        const used = node.typeName.text;
        if (used !== name && names.has(used) && !uses.includes(used)) uses.push(used);
      }
      ts.forEachChild(node, visit);
    };
    ts.forEachChild(statement, visit);
    snippets[name] = { text, uses };
  }
  return snippets;
}

/** The module text of src/generated/type-snippets.ts. */
export async function generateTypeSnippets(typesSource, outFile) {
  const text = `${BANNER}

/** One exported type: its declaration (with its doc comment) and the declared types it uses. */
export interface TypeSnippet {
  text: string;
  uses: readonly string[];
}

/** Every exported type of src/generated/types.ts by name. */
export const TYPE_SNIPPETS: Readonly<Record<string, TypeSnippet>> = ${JSON.stringify(typeSnippets(typesSource), null, 2)};
`;
  const options = (await resolveConfig(outFile)) ?? {};
  return format(text, { ...options, parser: 'typescript' });
}
