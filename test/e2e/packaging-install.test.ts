// probo-mock installed as a shop installs it: `npm pack` (its prepack builds), then
// `npm install <tarball>` in an empty project (its dependencies come from the registry or npm's
// cache), and used from there: the README's vitest example, `npx probo-mock verify` against a
// shop, the library's types. Slow by nature (a build and an npm install, about half a minute on
// a quiet machine), bounded by timeouts.
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/conformance/index.js';
import { packageRoot } from '../../src/shared/paths.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a shop's own shell: without the variables `npm test` set for this package
 * (npm_config_local_prefix would make npm install into this repository instead of the shop).
 */
const shopEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !/^npm_(package_|lifecycle_|config_local_prefix$|command$)/i.test(k),
  ),
) as NodeJS.ProcessEnv;

function run(command: string, args: string[], cwd: string, timeoutMs = 120_000): Promise<Run> {
  return runIn(command, args, cwd, {}, timeoutMs);
}

function runIn(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...shopEnv, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The README's fenced blocks of one language, in order. */
function readmeBlocks(lang: string): string[] {
  const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');
  return [...readme.matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```', 'gm'))].map(
    (m) => m[1]!,
  );
}

/** A port nobody listens on now (the recipe names its shop's port before starting it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Manifest {
  version: string;
  scripts: Record<string, string>;
}

let work: string;
let repo: string;
let shop: string;
let tarball: string;
let install: Run;

/**
 * A copy of this repository's files (what git would check out, uncommitted edits included),
 * with its node_modules linked: `npm pack` builds there, not under the tests running beside this.
 */
function copyOfRepository(to: string): string {
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: packageRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
    .split('\0')
    .filter((f) => f !== '' && existsSync(join(packageRoot, f)));
  for (const file of files) cpSync(join(packageRoot, file), join(to, file));
  symlinkSync(join(packageRoot, 'node_modules'), join(to, 'node_modules'), 'dir');
  return to;
}

const manifestOf = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'probo-mock-install-'));
  // The maintainer's `npm pack`, scripts and all: prepack builds and takes `prepare` out of the
  // packed package.json, postpack puts it back.
  repo = copyOfRepository(join(work, 'repo'));
  const packed = await run('npm', ['pack', '--json', '--pack-destination', work], repo, 300_000);
  expect(packed.code, packed.stderr).toBe(0);
  tarball = join(work, (JSON.parse(packed.stdout) as [{ filename: string }])[0].filename);
  shop = join(work, 'shop');
  mkdirSync(shop);
  writeFileSync(
    join(shop, 'package.json'),
    JSON.stringify({ name: 'a-shop', version: '1.0.0', private: true, type: 'module' }, null, 2),
  );
  install = await run(
    'npm',
    ['install', '--save-dev', tarball, '--no-audit', '--no-fund', '--prefer-offline'],
    shop,
    240_000,
  );
  expect(install.code, install.stderr).toBe(0);
  // The shop's own test tools, the same versions as this repository's (linked, not installed
  // again: they are not what is under test).
  for (const tool of ['vitest', 'typescript', '@types/node']) {
    mkdirSync(join(shop, 'node_modules', tool, '..'), { recursive: true });
    symlinkSync(join(packageRoot, 'node_modules', tool), join(shop, 'node_modules', tool), 'dir');
  }
}, 600_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('probo-mock installed from its packed tarball into a shop project', () => {
  it('installs with no install-scripts warning: the packed package.json has no install-time script', () => {
    expect(install.stdout + install.stderr).not.toMatch(/install[- ]scripts?/i);
    const packed = manifestOf(join(shop, 'node_modules', 'probo-mock'));
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(packed.scripts, script).not.toHaveProperty(script);
    // The build ran before packing (prepack), and the repository keeps `prepare` for `npm ci`
    // and installs from git.
    expect(existsSync(join(repo, 'dist', 'cli', 'main.js'))).toBe(true);
    expect(manifestOf(repo).scripts).toEqual(manifestOf(packageRoot).scripts);
    expect(manifestOf(repo).scripts.prepare).toBe('npm run build');
  });

  it("npx probo-mock --version prints probo-mock's own version, not the shop's", async () => {
    const result = await run('npx', ['probo-mock', '--version'], shop);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim()).toBe(manifestOf(packageRoot).version);
    expect(manifestOf(shop).version).toBe('1.0.0');
  });

  it('installs with nothing to compile: no better-sqlite3 and no install script in its dependencies', () => {
    const modules = join(shop, 'node_modules');
    expect(existsSync(join(modules, 'probo-mock', 'dist', 'index.js'))).toBe(true);
    expect(existsSync(join(modules, 'better-sqlite3'))).toBe(false);
    const packages = readdirSync(modules)
      .filter((n) => !n.startsWith('.'))
      .flatMap((n) =>
        n.startsWith('@') ? readdirSync(join(modules, n)).map((m) => `${n}/${m}`) : [n],
      )
      .filter((n) => !['vitest', 'typescript', '@types/node', 'probo-mock'].includes(n));
    expect(packages.length).toBeGreaterThan(10);
    const withScripts = packages.filter((n) => {
      const { scripts = {}, gypfile } = JSON.parse(
        readFileSync(join(modules, n, 'package.json'), 'utf8'),
      ) as { scripts?: Record<string, string>; gypfile?: boolean };
      return (
        gypfile === true ||
        existsSync(join(modules, n, 'binding.gyp')) ||
        ['preinstall', 'install', 'postinstall'].some((s) => s in scripts)
      );
    });
    expect(withScripts).toEqual([]);
  });

  it("runs the README's startMock vitest example against the installed package", async () => {
    const example = readmeBlocks('ts').find(
      (b) => b.includes("from 'probo-mock'") && b.includes('startMock('),
    );
    expect(example).toBeDefined();
    mkdirSync(join(shop, 'test'), { recursive: true });
    writeFileSync(join(shop, 'test', 'probo.test.ts'), example!);
    const result = await run('npx', ['vitest', 'run', '--reporter', 'verbose'], shop);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('my shop gets the whole happy path for an order');
    expect(result.stdout).toMatch(/Tests\s+.*1 passed/);
  });

  it('npx probo-mock verify grades a shop started from the installed package and writes JUnit', async () => {
    // The shop: the reference receiver, started the way a CI job starts its app.
    const receiver = spawn('npx', ['probo-mock', 'receiver', '--port', '0'], {
      cwd: shop,
      env: shopEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    try {
      const urls = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`receiver did not start: ${out}`)), 60_000);
        receiver.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          if (/^try: /m.test(out)) {
            clearTimeout(timer);
            resolve(out);
          }
        });
      });
      // The command the receiver suggests (its hooks and pointers), with a JUnit file.
      const suggested = /^try: npx (probo-mock verify .*)$/m.exec(urls)![1]!.split(' ');
      const verify = await run(
        'npx',
        [...suggested, '--junit', 'probo-mock.xml', '--json', 'probo-mock.json'],
        shop,
      );
      expect(verify.code, verify.stdout + verify.stderr).toBe(0);
      const junit = readFileSync(join(shop, 'probo-mock.xml'), 'utf8');
      expect(junit.match(/<testcase /g)).toHaveLength(CATALOG.length);
      expect(junit).not.toContain('<failure');
      const report = JSON.parse(readFileSync(join(shop, 'probo-mock.json'), 'utf8')) as {
        checks: { id: string; outcome: string }[];
      };
      // With both hooks every check runs but the exploration (only with --explore N) and the
      // forged-callback check (only with --header, the shop's secret).
      const skipped = ['rejects-forged-callback', 'explores-histories'];
      expect(report.checks.filter((c) => c.outcome === 'skipped').map((c) => c.id)).toEqual(
        skipped,
      );
      expect(report.checks.filter((c) => c.outcome === 'passed')).toHaveLength(
        CATALOG.length - skipped.length,
      );
    } finally {
      // npx runs the CLI in a child of its own: stop the whole group.
      if (receiver.pid !== undefined) process.kill(-receiver.pid, 'SIGTERM');
    }
  });

  it("runs the README's shell recipe for shops not on Node: its own install, the shop, verify", async () => {
    const recipe = readmeBlocks('sh').find((b) => b.includes('probo-mock verify'));
    expect(recipe).toBeDefined();
    const port = await freePort();
    // The recipe as a shop would adapt it: the tarball, the shop's URL and start command (the
    // reference receiver of the copy the recipe installs stands in for a PHP shop).
    const edits: Array<[RegExp, string]> = [
      [/^PROBO_MOCK=.*$/m, `PROBO_MOCK='${tarball}'`],
      [/^SHOP_URL=.*$/m, `SHOP_URL=http://127.0.0.1:${port}`],
      [/^.*# start the shop$/m, `probo-mock receiver --port ${port} --quiet &`],
    ];
    let script = recipe!;
    for (const [pattern, line] of edits) {
      expect(script).toMatch(pattern);
      script = script.replace(pattern, line);
    }
    const ci = join(work, 'not-node');
    mkdirSync(ci);
    writeFileSync(join(ci, 'probo.sh'), script);
    const result = await runIn('sh', ['probo.sh'], ci, { TMPDIR: work }, 240_000);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(existsSync(join(work, 'probo-mock-tools', 'node_modules', 'probo-mock'))).toBe(true);
    expect(existsSync(join(ci, 'package.json'))).toBe(false);
    const junit = readFileSync(join(ci, 'probo-mock.xml'), 'utf8');
    expect(junit.match(/<testcase /g)).toHaveLength(CATALOG.length);
    expect(junit).not.toContain('<failure');
    // No state hook in the recipe: the state-* checks are skipped, and the two that need
    // --header and --effects-url; the others ran.
    expect(junit.match(/<skipped/g)).toHaveLength(
      CATALOG.filter((c) => c.needsStateHook).length + 2,
    );
    // The trap stopped the shop when the script ended.
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it('serve --store sqlite: says how to install better-sqlite3, which it does not install', async () => {
    const serve = await run(
      'npx',
      ['probo-mock', 'serve', '--port', '0', '--store', 'sqlite:orders.db'],
      shop,
    );
    expect(serve.code).toBe(2);
    expect(serve.stderr).toContain('needs the optional package better-sqlite3');
    expect(serve.stderr).toContain('npm install better-sqlite3@12');
    expect(existsSync(join(shop, 'orders.db'))).toBe(false);
  });

  it('loads as an ES module, and from CommonJS through import() and require()', async () => {
    writeFileSync(
      join(shop, 'esm.mjs'),
      "import { startMock, verifyReceiver } from 'probo-mock';\nconsole.log(typeof startMock, typeof verifyReceiver);\n",
    );
    writeFileSync(
      join(shop, 'cjs.cjs'),
      "import('probo-mock').then((m) => console.log(typeof m.startMock));\n" +
        // Node 20.19+ and 22.12+ can require() an ES module without top-level await.
        "console.log(typeof require('probo-mock').validateCallback);\n",
    );
    const esm = await run(process.execPath, ['esm.mjs'], shop);
    expect(esm.stdout.trim(), esm.stderr).toBe('function function');
    const cjs = await run(process.execPath, ['cjs.cjs'], shop);
    expect(cjs.stdout.trim().split('\n'), cjs.stderr).toEqual(['function', 'function']);
  });

  it('has public types that compile in a strict consumer with skipLibCheck false', async () => {
    writeFileSync(
      join(shop, 'consumer.ts'),
      [
        "import { startMock, verifyReceiver, validateCallback, CATALOG } from 'probo-mock';",
        "import type { RunningMock, Report, MockOptions } from 'probo-mock';",
        'const options: MockOptions = { port: 0, stepDelayMs: 5 };',
        'const mock: RunningMock = await startMock(options);',
        "const report: Report = await verifyReceiver({ target: `${mock.url}/x`, only: ['handles-unicode'] });",
        'console.log(report.summary.passed, validateCallback({}).valid, CATALOG.length);',
        'await mock.close();',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(shop, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: false,
          noEmit: true,
          types: ['node'],
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = await run(
      process.execPath,
      [join(shop, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'],
      shop,
    );
    // The public types need none of probo-mock's dependencies' types (hapi's would want joi).
    const errors = (tsc.stdout + tsc.stderr).split('\n').filter((line) => line.trim() !== '');
    expect(errors).toEqual([]);
    expect(tsc.code).toBe(0);
  });
});
