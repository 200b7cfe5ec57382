// better-sqlite3 is an optional peer dependency: `--store sqlite:` without it must say how to get
// it. The errors here are real ones, made by loading the driver from folders where it is absent
// or where its native module was never built.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryOrderStore } from '../../src/mock/store/order-store.js';
import {
  SQLITE_INSTALL_HINT,
  openOrderStore,
  sqliteLoadError,
} from '../../src/mock/store/store-spec.js';

let dir: string;
const require = createRequire(import.meta.url);
const packageDir = (name: string): string =>
  dirname(require.resolve(`${name}/package.json`, { paths: [process.cwd()] }));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'probo-mock-store-spec-'));
  // A module that imports the driver, in a folder with no node_modules above it.
  writeFileSync(join(dir, 'uses-sqlite.mjs'), "import 'better-sqlite3';\n");
  // The driver's JavaScript without its build/ folder: what an install whose script was skipped leaves.
  const unbuilt = join(dir, 'unbuilt');
  for (const name of ['better-sqlite3', 'bindings', 'file-uri-to-path']) {
    cpSync(packageDir(name), join(unbuilt, 'node_modules', name), {
      recursive: true,
      filter: (from) => !/[\\/]better-sqlite3[\\/](build|deps|src)$/.test(from),
    });
  }
  writeFileSync(
    join(unbuilt, 'open.mjs'),
    "import Database from 'better-sqlite3';\nexport const open = () => new Database(':memory:');\n",
  );
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The error Node itself throws when it runs `script` (an ES module, in its own process: the test
 * runner resolves imports from the project, where the driver is installed), as code and message.
 */
function nodeError(script: string): Error & { code?: string } {
  const out = execFileSync(process.execPath, [
    '--input-type=module',
    '-e',
    `try { ${script} } catch (e) { process.stdout.write(JSON.stringify({ code: e.code, message: e.message })) }`,
  ]).toString();
  const { code, message } = JSON.parse(out) as { code?: string; message: string };
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('opening the store a --store value names', () => {
  it('gives the in-memory store for "memory" without loading SQLite', async () => {
    expect(await openOrderStore('memory')).toBeInstanceOf(MemoryOrderStore);
  });

  it('refuses an unknown store with what it takes', async () => {
    await expect(openOrderStore('redis://x')).rejects.toThrow(
      '--store must be memory (default) or sqlite:FILE, got "redis://x"',
    );
  });

  it('says how to install better-sqlite3 when it is not installed', async () => {
    const uses = pathToFileURL(join(dir, 'uses-sqlite.mjs')).href;
    const missing = nodeError(`await import(${JSON.stringify(uses)})`);
    expect(missing.code).toBe('ERR_MODULE_NOT_FOUND');
    const message = sqliteLoadError('sqlite:orders.db', missing)?.message;
    expect(message).toContain('--store sqlite:orders.db needs the optional package better-sqlite3');
    expect(message).toContain(SQLITE_INSTALL_HINT);
    expect(SQLITE_INSTALL_HINT).toBe('npm install better-sqlite3@12');
  });

  it('says to rebuild better-sqlite3 when its native module was never built', async () => {
    const open = pathToFileURL(join(dir, 'unbuilt', 'open.mjs')).href;
    const notBuilt = nodeError(`(await import(${JSON.stringify(open)})).open()`);
    expect(String(notBuilt)).toContain('Could not locate the bindings file');
    expect(sqliteLoadError('sqlite:x.db', notBuilt)?.message).toMatch(
      /^--store sqlite:x\.db: better-sqlite3 is installed but its native module is missing .*npm rebuild better-sqlite3/,
    );
  });

  it('leaves other errors alone: a missing folder is about the file, not the driver', async () => {
    const error = await errorOf(() => openOrderStore(`sqlite:${join(dir, 'no', 'such', 'x.db')}`));
    expect((error as Error).message).toMatch(/^--store sqlite:.*: cannot open the file: /);
    expect(sqliteLoadError('sqlite:x', new Error('SQLITE_CANTOPEN'))).toBeUndefined();
    const otherPackage = Object.assign(new Error("Cannot find package 'undici'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    expect(sqliteLoadError('sqlite:x', otherPackage)).toBeUndefined();
  });
});
