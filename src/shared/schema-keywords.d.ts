// Types of schema-keywords.js (plain JavaScript: the generator scripts import it too).

/** How sure a schema, field or behaviour is (DESIGN.md, "Provenance"). */
export declare const PROVENANCES: readonly ['documented', 'observed', 'invented'];
export type Provenance = (typeof PROVENANCES)[number];
/** Whether a value is one of the three provenance marks. */
export declare function isProvenance(value: unknown): value is Provenance;

export interface SchemaKeyword {
  keyword: string;
  metaSchema: object;
}
/** Every custom keyword, for `ajv.addKeyword`: annotations only, their values checked. */
export declare const SCHEMA_KEYWORDS: readonly SchemaKeyword[];
/** The Ajv options both the runtime instance and the standalone generator use. */
export declare const AJV_OPTIONS: Readonly<{
  strict: true;
  allowUnionTypes: true;
  allErrors: true;
}>;
