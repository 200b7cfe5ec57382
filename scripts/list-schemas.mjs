// Every `*.schema.json` file below a folder, sorted: what both generators read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function listSchemas(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? listSchemas(join(dir, e.name))
        : e.name.endsWith('.schema.json')
          ? [join(dir, e.name)]
          : [],
    )
    .sort();
}
