// `npm pack` / `npm publish` (prepack, after the build; postpack): the packed package.json carries
// no install-time script. `prepare` (the build, which `npm ci` here and an install from git run)
// is renamed `_prepare` while the tarball is made, then named back, as pinst does for husky:
// npm 11 lists a tarball's `prepare` as an install script and warns the shop that installs it,
// although the tarball holds the built package and needs no build.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../package.json', import.meta.url));
const mode = process.argv[2];
if (mode !== 'disable' && mode !== 'enable') {
  console.error('usage: node scripts/pack-manifest.mjs disable|enable');
  process.exit(2);
}
const [from, to] = mode === 'disable' ? ['prepare', '_prepare'] : ['_prepare', 'prepare'];
const manifest = JSON.parse(readFileSync(file, 'utf8'));
if (manifest.scripts?.[from] !== undefined) {
  // Renamed in place, so the scripts keep their order and the file its formatting.
  manifest.scripts = Object.fromEntries(
    Object.entries(manifest.scripts).map(([name, command]) => [name === from ? to : name, command]),
  );
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
