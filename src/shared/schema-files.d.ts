// Types of schema-files.js (plain JavaScript: the generator scripts import it too).

/** Every `*.schema.json` file below a folder, as absolute paths sorted by code point. */
export declare function listSchemaFiles(dir: string): string[];
