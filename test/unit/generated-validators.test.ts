import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getAjv, listSchemaFiles } from '../../src/contract/ajv.js';
import { validators } from '../../src/generated/validators.js';
import { fixturesDir, packageRoot } from '../../src/shared/paths.js';

const validatorsFile = join(packageRoot, 'src/generated/validators.ts');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? jsonFiles(join(dir, e.name))
      : e.name.endsWith('.json')
        ? [join(dir, e.name)]
        : [],
  );
}

// Every fixture, valid and invalid, plus bodies that fail in ways the fixtures do not.
const bodies: Array<[string, unknown]> = [
  ...jsonFiles(fixturesDir).map((f): [string, unknown] => [
    f.slice(fixturesDir.length + 1),
    JSON.parse(readFileSync(f, 'utf8')),
  ]),
  ['null', null],
  ['an array', []],
  ['an empty object', {}],
  ['a legacy status', { status: 'order_accepted', id: 'x' }],
  ['an unknown status', { status: 'lost_in_space', id: 'x' }],
];

const schemaIds = listSchemaFiles().map(
  (file) => (JSON.parse(readFileSync(file, 'utf8')) as { $id: string }).$id,
);

describe('src/generated/validators.ts', () => {
  test('is what regenerating from schemas/ writes, byte for byte', () => {
    const run = spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], {
      cwd: packageRoot,
      encoding: 'utf8',
    });
    expect(run.stdout).toContain('src/generated/validators.ts is up to date');
    // One file per schema, each up to date, and none left over from a removed schema.
    expect(run.stdout.match(/src\/generated\/validators\/\w+\.cjs is up to date/g)).toHaveLength(
      schemaIds.length,
    );
    expect(run.stderr).not.toContain('src/generated/validators');
  }, 60_000);

  test("carries the do-not-edit banner, as does each schema's file", () => {
    expect(readFileSync(validatorsFile, 'utf8')).toContain('generated from schemas/, do not edit');
    const dir = join(packageRoot, 'src/generated/validators');
    for (const name of readdirSync(dir))
      expect(readFileSync(join(dir, name), 'utf8'), name).toContain(
        'generated from schemas/, do not edit',
      );
  });

  test('has one precompiled validator per schema file, keyed by $id', () => {
    expect(Object.keys(validators).sort()).toEqual([...schemaIds].sort());
  });

  test('gives the same verdict and the same errors as Ajv compiling the schemas at run time', () => {
    const ajv = getAjv();
    let compared = 0;
    for (const id of schemaIds) {
      const compiled = ajv.getSchema(id)!;
      const precompiled = validators[id]!;
      for (const [name, body] of bodies) {
        const expected = compiled(body);
        const actual = precompiled(body);
        expect(actual, `${name} against ${id}`).toBe(expected);
        expect(precompiled.errors ?? null, `${name} against ${id}`).toEqual(
          compiled.errors ?? null,
        );
        compared++;
      }
    }
    expect(compared).toBe(schemaIds.length * bodies.length);
  });
});
