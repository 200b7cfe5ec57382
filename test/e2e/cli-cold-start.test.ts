import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../../src/shared/paths.js';

// Cold start: a command loads only what it needs (see the Performance section of the README).
// NODE_DEBUG=module makes Node name every CommonJS file it loads, hapi and undici among them.
function loadedPackages(args: string[]): {
  code: number | null;
  packages: Set<string>;
  files: string;
} {
  const run = spawnSync(process.execPath, [join(packageRoot, 'dist/cli/main.js'), ...args], {
    cwd: packageRoot,
    encoding: 'utf8',
    env: { ...process.env, NODE_DEBUG: 'module' },
    timeout: 30_000,
  });
  const packages = new Set(
    [...run.stderr.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)/g)].map((m) => m[1]!),
  );
  return { code: run.status, packages, files: run.stderr };
}

describe('CLI cold start', () => {
  test('validate loads neither hapi, undici nor the Ajv schema compiler', () => {
    const { code, packages, files } = loadedPackages([
      'validate',
      'fixtures/callbacks/queued.json',
    ]);
    expect(code).toBe(0);
    // The probe sees CommonJS files: the precompiled validators' runtime helpers are there.
    expect(files).toContain('node_modules/ajv/dist/runtime/');
    for (const heavy of ['@hapi/hapi', 'undici']) expect(packages.has(heavy), heavy).toBe(false);
    expect(files).not.toContain('node_modules/ajv/dist/compile/');
  });

  test('serve --help loads neither hapi nor undici', () => {
    const { code, packages } = loadedPackages(['serve', '--help']);
    expect(code).toBe(0);
    for (const heavy of ['@hapi/hapi', 'undici']) expect(packages.has(heavy), heavy).toBe(false);
  });
});
