// After tsc: make the CLI entry executable so `npx probo-mock` runs it.
import { chmodSync } from 'node:fs';

chmodSync(new URL('../dist/cli/main.js', import.meta.url), 0o755);
