import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../shared/paths.js';

/**
 * probo-mock's own version, from its own package.json: yargs alone looks for a package.json
 * from the working folder up, which in a shop's project is the shop's.
 */
export function ownVersion(): string {
  try {
    const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
