// After tsc: make the CLI entry executable so `npx probo-mock` runs it, and copy what tsc does not
// emit: the static assets (browser scripts, stylesheets) of every `src/**/assets/` folder, the
// plain-JavaScript modules that the generator scripts share with the library (a `.js` with its
// hand-written `.d.ts`, e.g. src/shared/schema-files.js), and the generated CommonJS validators
// (src/generated/validators/*.cjs).
import { chmodSync, cpSync, existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
chmodSync(join(root, 'dist/cli/main.js'), 0o755);

const toDist = (path) => join(root, 'dist', relative(join(root, 'src'), path));

function copyUnemitted(dir) {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, d.name);
    if (d.isDirectory()) {
      if (d.name === 'assets') cpSync(path, toDist(path), { recursive: true });
      else copyUnemitted(path);
    } else if (d.name.endsWith('.cjs')) {
      cpSync(path, toDist(path));
    } else if (d.name.endsWith('.js') && existsSync(path.replace(/\.js$/, '.d.ts'))) {
      cpSync(path, toDist(path));
      cpSync(path.replace(/\.js$/, '.d.ts'), toDist(path.replace(/\.js$/, '.d.ts')));
    }
  }
}
copyUnemitted(join(root, 'src'));
