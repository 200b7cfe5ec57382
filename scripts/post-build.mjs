// After tsc: make the CLI entry executable so `npx probo-mock` runs it, and copy the static
// assets (browser scripts, stylesheets) that tsc does not emit: every `src/**/assets/` folder.
import { chmodSync, cpSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
chmodSync(join(root, 'dist/cli/main.js'), 0o755);

function copyAssets(dir) {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    const path = join(dir, d.name);
    if (d.name === 'assets') {
      cpSync(path, join(root, 'dist', relative(join(root, 'src'), path)), { recursive: true });
    } else copyAssets(path);
  }
}
copyAssets(join(root, 'src'));
