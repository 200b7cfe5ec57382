import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { packageRoot } from '../../src/shared/paths.js';
import { postJson, shopOrder } from '../support/mock-orders.js';
import { startTestReceiver } from '../support/mock-receiver.js';

// Cold start: a command loads only what it needs (see the Performance section of the README).
// NODE_DEBUG=module makes Node name every CommonJS file it loads, hapi and undici among them;
// NODE_DEBUG=esm every ES module (yargs is one).
function loadedPackages(args: string[]): {
  code: number | null;
  packages: Set<string>;
  files: string;
} {
  const run = spawnSync(process.execPath, [join(packageRoot, 'dist/cli/main.js'), ...args], {
    cwd: packageRoot,
    encoding: 'utf8',
    env: { ...process.env, NODE_DEBUG: 'module,esm' },
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

  test('serve listens without yargs, undici and faker, loads undici with its first delivery and builds every callback without faker', async () => {
    // faker is an ES module, required synchronously (seeded-faker.ts): the probe would see it.
    const rx = await startTestReceiver();
    const child = spawn(
      process.execPath,
      [
        join(packageRoot, 'dist/cli/main.js'),
        'serve',
        '--port',
        '0',
        '--quiet',
        '--step-delay',
        '0',
      ],
      { cwd: packageRoot, env: { ...process.env, NODE_DEBUG: 'module,esm' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      const until = async (ok: () => boolean, what: string): Promise<void> => {
        for (let i = 0; i < 600 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
        if (!ok()) throw new Error(`${what} did not happen: ${stdout}`);
      };
      await until(() => /listening on http:\/\/\S+/.test(stdout), 'listening');
      const url = /listening on (http:\/\/\S+)/.exec(stdout)![1]!;
      const atStart = stderr;
      expect(atStart).toContain('node_modules/@hapi/hapi');
      expect(atStart).not.toContain('node_modules/undici');
      expect(atStart).not.toContain('node_modules/@faker-js');
      // Its flags were all plain, so yargs was not needed to read them (plain-flags.ts).
      expect(atStart).not.toContain('node_modules/yargs');
      // Of the precompiled validators, only the scenario files' (each schema's is its own file).
      expect(atStart).toContain('generated/validators/scenario.cjs');
      expect(atStart).not.toContain('generated/validators/api_order_post.cjs');
      expect(atStart).not.toContain('generated/validators/callbacks_');
      const answer = await postJson(
        `${url}/order`,
        shopOrder({ id: 'lazy-1', callbackUrls: [rx.url] }),
      );
      expect(answer.status).toBe(202);
      await rx.waitFor(8); // the happy path, shipped packages included
      expect(stderr).toContain('node_modules/undici');
      // The bodies' seeded values are drawn without faker (src/fake/seeded-draws.ts).
      expect(stderr).not.toContain('node_modules/@faker-js');
      expect(stderr).toContain('generated/validators/api_order_post.cjs');
    } finally {
      child.kill('SIGKILL');
      await rx.close();
    }
  });

  test('serve --help loads yargs but neither hapi nor undici', () => {
    const { code, packages } = loadedPackages(['serve', '--help']);
    expect(code).toBe(0);
    expect(packages.has('yargs')).toBe(true);
    for (const heavy of ['@hapi/hapi', 'undici']) expect(packages.has(heavy), heavy).toBe(false);
  });
});
