#!/usr/bin/env node
// `node bench/start-up-pieces.mjs [--runs 7] [--root DIR]`: where `probo-mock serve`'s cold start
// goes. Each run is a fresh Node process that loads the pieces in the order `serve` does, timing
// each (CPU time of the process, user + system, and wall time), then what is loaded later: the
// first order, faker (the first fake), undici (the first delivery), yargs (help and usage errors
// only), and a second `startMock` in the same process. Prints the median of each piece. Not part
// of `npm run bench`: the README's start-up table comes from it. `--root` measures another
// checkout's built dist/. The pieces are tsc's modules, as the library (`startMock`) loads them;
// the CLI loads the same code bundled (scripts/bundle-cli.mjs), so for `serve` the module pieces
// cost less than shown here: the README has the whole process of each beside them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './lib/stats.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    root: { type: 'string', default: fileURLToPath(new URL('..', import.meta.url)) },
    child: { type: 'boolean', default: false },
  },
});

if (values.child) {
  await measureOnce(values.root);
  process.exit(0);
}

const runs = [];
for (let i = 0; i < Number(values.runs); i++) {
  const r = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--child', '--root', values.root],
    {
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  runs.push(JSON.parse(r.stdout.trim().split('\n').at(-1)));
}
const nodeAlone = [];
for (let i = 0; i < Number(values.runs); i++) {
  const start = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  nodeAlone.push(performance.now() - start);
}
const row = (name, cpu, wall) =>
  `| ${name.padEnd(58)} | ${String(Math.round(cpu)).padStart(6)} | ${String(Math.round(wall)).padStart(6)} |`;
console.log(
  `| ${'piece (medians of '.concat(runs.length, ' fresh processes)').padEnd(58)} | CPU ms | wall ms |`,
);
console.log(`| ${'-'.repeat(58)} | -----: | ------: |`);
console.log(
  row('Node itself (`node -e 0`, wall of the whole process)', NaN, median(nodeAlone)).replace(
    'NaN',
    '     —',
  ),
);
for (const name of Object.keys(runs[0]))
  console.log(
    row(name, median(runs.map((r) => r[name].cpu)), median(runs.map((r) => r[name].wall))),
  );

/** One process: each piece in turn. Prints one JSON line: piece → { cpu, wall } in ms. */
async function measureOnce(root) {
  const url = (path) => pathToFileURL(`${root}/${path}`).href;
  const out = {};
  let cpu0 = process.cpuUsage();
  let wall0 = performance.now();
  const piece = async (name, step) => {
    await step();
    const c = process.cpuUsage(cpu0);
    out[name] = { cpu: (c.user + c.system) / 1000, wall: performance.now() - wall0 };
    cpu0 = process.cpuUsage();
    wall0 = performance.now();
  };
  let commands;
  let mockModule;
  let server;
  await piece('command modules (all before issue 26, now serve only)', async () => {
    commands = await import(url('dist/cli/commands/index.js'));
    if (commands.commandsFor) await commands.commandsFor(['serve']);
  });
  await piece('hapi', () => import(url('node_modules/@hapi/hapi/lib/index.js')));
  await piece('our modules (dist/mock/index.js and what it imports)', async () => {
    mockModule = await import(url('dist/mock/index.js'));
  });
  await piece('creating the server (plugins, routes, scenarios, catalog)', async () => {
    server = await mockModule.createMockServer({ port: 0, host: '127.0.0.1' });
  });
  await piece('listening (server.start)', () => server.start());
  await piece('first request, GET /products (the catalog is read then)', () =>
    server.inject({ method: 'GET', url: '/products', headers: { authorization: 'Bearer x' } }),
  );
  await piece('first order without callback URLs (server.inject)', () =>
    server.inject({
      method: 'POST',
      url: '/order',
      headers: { authorization: 'Bearer x' },
      payload: { ...order(root), id: 'first' },
    }),
  );
  await piece(
    'faker (loaded when the first fake is made)',
    () => import(url('node_modules/@faker-js/faker/dist/locale/nl.js')),
  );
  await piece('undici (loaded when the first delivery is made)', async () => {
    const { createRequire } = await import('node:module');
    createRequire(`${root}/package.json`)('undici');
  });
  await piece(
    'yargs (loaded for --help, a usage error or another command)',
    () => import(url('node_modules/yargs/index.mjs')),
  );
  await server.stop();
  await piece('a second startMock in the same process', async () => {
    const again = await mockModule.startMock({ port: 0, host: '127.0.0.1' });
    await again.close();
  });
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

/** A valid order post without callback URLs (nothing is sent anywhere). */
function order(root) {
  const post = JSON.parse(readFileSync(`${root}/fixtures/orders/composed.json`, 'utf8'));
  delete post.callback_urls;
  return post;
}
