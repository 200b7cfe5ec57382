import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The package root: one level above `src/` (tests) or `dist/` (built CLI), so both find the data. */
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));
export const schemasDir = join(packageRoot, 'schemas');
export const fixturesDir = join(packageRoot, 'fixtures');
