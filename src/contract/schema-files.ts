import { schemasDir } from '../shared/paths.js';
import { listSchemaFiles as listSchemaFilesIn } from '../shared/schema-files.js';

/** Every `*.schema.json` under schemas/ (or `dir`), sorted so that loading is deterministic. */
export function listSchemaFiles(dir: string = schemasDir): string[] {
  return listSchemaFilesIn(dir);
}
