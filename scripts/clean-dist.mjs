// Before tsc: empty dist/, so files of since-removed sources (or old source maps) never linger
// there and end up in the package.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

rmSync(fileURLToPath(new URL('../dist', import.meta.url)), { recursive: true, force: true });
