// What `npm pack` puts in the package: the built code, the data it reads at run time, the
// README and the LICENSE; no sources, tests or source maps pointing at sources it leaves out.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/shared/paths.js';

let files: string[];
const manifest = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  main: string;
  types: string;
  exports: Record<string, Record<string, string>>;
  license: string;
};

beforeAll(async () => {
  // --ignore-scripts: no `prepare` rebuild of dist/ under the test files running next to this one.
  const { stdout } = await promisify(execFile)(
    'npm',
    ['pack', '--dry-run', '--json', '--ignore-scripts'],
    { cwd: packageRoot, maxBuffer: 16 * 1024 * 1024 },
  );
  files = (JSON.parse(stdout) as [{ files: { path: string }[] }])[0].files.map((f) => f.path);
}, 120_000);

const normalize = (path: string): string => path.replace(/^\.\//, '');

describe('the packed package', () => {
  it('holds only dist, schemas, fixtures, the README, the LICENSE and package.json', () => {
    const top = [...new Set(files.map((f) => f.split('/')[0]))].sort();
    expect(top).toEqual(['LICENSE', 'README.md', 'dist', 'fixtures', 'package.json', 'schemas']);
  });

  it('ships no sources, tests or source maps', () => {
    expect(files.filter((f) => /^(src|test|bench|scripts)\//.test(f))).toEqual([]);
    expect(files.filter((f) => /\.(map|tsbuildinfo)$/.test(f) || /(^|\/)\.\w/.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('has every file package.json points at: the CLI, the entry, its types', () => {
    const targets = [
      ...Object.values(manifest.bin),
      manifest.main,
      manifest.types,
      ...Object.values(manifest.exports['.']!),
    ].map(normalize);
    for (const target of targets) expect(files).toContain(target);
  });

  it('has a built file for every source and no file of a source that is gone', () => {
    const built = files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
    // The CLI's bundle (scripts/bundle-cli.mjs) is built from the other files, not a source each.
    const fromSources = built.filter(
      (f) => !f.includes('/assets/') && !f.startsWith('dist/cli/bundle/'),
    );
    for (const f of fromSources) {
      // A TypeScript source, or a JavaScript one with its own .d.ts (shared with scripts/).
      const source = f.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
      const jsSource = f.replace(/^dist\//, 'src/');
      const exists =
        existsSync(join(packageRoot, source)) || existsSync(join(packageRoot, jsSource));
      expect(exists, `${f} has no ${source} or ${jsSource}`).toBe(true);
      expect(files).toContain(f.replace(/\.js$/, '.d.ts'));
    }
    // The browser scripts and stylesheets tsc does not emit (scripts/post-build.mjs copies them).
    expect(files).toContain('dist/mock/ui/assets/inspector.js');
    expect(files).toContain('dist/mock/ui/assets/inspector.css');
    expect(files).toContain('dist/docs/assets/site.css');
    // The generated validators, one CommonJS file per schema, and the CLI's bundle.
    expect(files).toContain('dist/generated/validators/scenario.cjs');
    expect(files).toContain('dist/generated/validators/api_order_post.cjs');
    expect(files).toContain('dist/cli/bundle/main.js');
  });

  it('has the schemas and the built-in scenarios the CLI reads at run time', () => {
    expect(files).toContain('schemas/callbacks/callback.schema.json');
    expect(files).toContain('schemas/scenario.schema.json');
    expect(files).toContain('fixtures/scenarios/happy-path.json');
    expect(files).toContain('fixtures/callbacks/documented-accepted.json');
  });

  it('carries the MIT license package.json names', () => {
    expect(manifest.license).toBe('MIT');
    const license = readFileSync(join(packageRoot, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 probo-mock contributors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});
