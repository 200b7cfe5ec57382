// After tsc and post-build.mjs: the CLI as a few bundled files, dist/cli/bundle/, and
// dist/cli/main.js (the `bin`) replaced by a one-line entry that imports it. Why: Node 20 finds,
// reads, links and compiles each ES module on its own, and `serve` started from some 110 of
// ours: about 120 ms of CPU of its cold start (README, "Where serve's cold start goes"). esbuild
// bundles tsc's output (so the code is what tsc emitted), keeps every package external (they
// are installed as dependencies) and splits at each dynamic import, so a command still loads
// only its own code. The library (dist/index.js and the modules under it) stays as tsc wrote it.
//
// A module that finds a file beside itself (`new URL('./assets/…', import.meta.url)`, the
// package root, the generated validators) gets, for `import.meta.url`, the URL of its own
// file under dist/ (which still exists), so every path reads as before.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const entry = join(dist, 'cli/main.js');
const outdir = join(dist, 'cli/bundle');

/** `import.meta.url` of each bundled module: its own file under dist/, from the bundle's folder. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const own = relative(outdir, path).split('\\').join('/');
      return {
        contents: text.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(own)}, import.meta.url).href`,
        ),
        loader: 'js',
      };
    });
  },
};

const hashbang = '#!/usr/bin/env node\n';
await build({
  entryPoints: { main: entry },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  // tsc's output as it is, not minified; its comments are in src/.
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [ownUrl],
});
const bundled = readFileSync(join(outdir, 'main.js'), 'utf8');
writeFileSync(join(outdir, 'main.js'), bundled.replace(hashbang, ''));
writeFileSync(
  entry,
  `${hashbang}// The CLI, bundled by scripts/bundle-cli.mjs: one file to load instead of a hundred.\nimport './bundle/main.js';\n`,
);
