#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --only intake,dispatch] [-- --strict] [-- --out FILE]`
// Runs every benchmark against the built package (dist/), on loopback only, prints a table and
// writes bench/results.json. Each figure with a baseline is measured next to it in the same run,
// with the same bodies, connections and warm-up; the ratio is what the targets judge, because
// these machines are shared and noisy. --quick is a short run of everything (CI), no targets
// judged; --strict exits 1 when a target is missed.
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { catalog } from './benchmarks/catalog.mjs';
import { coldStart } from './benchmarks/cold-start.mjs';
import { dispatch } from './benchmarks/dispatch.mjs';
import { endToEnd } from './benchmarks/end-to-end.mjs';
import { exploreBench } from './benchmarks/explore.mjs';
import { intake } from './benchmarks/intake.mjs';
import { memory } from './benchmarks/memory.mjs';
import { verify } from './benchmarks/verify.mjs';
import { CLI } from './lib/cli.mjs';
import { formatTable } from './lib/table.mjs';
import { TARGETS } from './targets.mjs';

const BENCHMARKS = {
  intake,
  catalog,
  dispatch,
  'end-to-end': endToEnd,
  memory,
  verify,
  explore: exploreBench,
  'cold-start': coldStart,
};

function usage(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string', default: fileURLToPath(new URL('results.json', import.meta.url)) },
    },
  }).values;
} catch (error) {
  usage(error.message);
}
const names = args.only ? args.only.split(',').map((s) => s.trim()) : Object.keys(BENCHMARKS);
for (const name of names)
  if (!BENCHMARKS[name])
    usage(`unknown benchmark "${name}"; known: ${Object.keys(BENCHMARKS).join(', ')}`);
if (!existsSync(CLI)) usage('dist/ is missing: run npm run build first');

const rows = [];
for (const name of names) {
  process.stderr.write(`bench: ${name}${args.quick ? ' (quick)' : ''} …\n`);
  const result = await BENCHMARKS[name]({ quick: args.quick });
  for (const row of [result].flat()) {
    const target = TARGETS[row.id];
    if (target) {
      row.target = target.text;
      // A quick run is too short to judge: CI runs it to keep the benchmarks working.
      if (!args.quick) row.met = target.met(row);
    }
    rows.push(row);
  }
}

const results = {
  date: new Date().toISOString(),
  mode: args.quick ? 'quick' : 'full',
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: process.platform,
  },
  results: rows,
};
writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(`${formatTable(rows)}\n\nwrote ${args.out}\n`);
const missed = rows.filter((r) => r.met === false);
if (missed.length > 0) {
  process.stdout.write(`missed: ${missed.map((r) => r.id).join(', ')}\n`);
  if (args.strict) process.exitCode = 1;
}
