import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCallbackSchemas } from '../../scripts/generate-statuses.mjs';
import { STATUSES } from '../../src/contract/statuses.js';
import { schemasDir } from '../../src/shared/paths.js';

// The generator's reading of schemas/callbacks/: the status list comes from the message schemas'
// `x-status` blocks, and a folder that cannot give one clear list is refused with the reason.
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const message = (status: string, blocks: Record<string, unknown> = {}) => ({
  $id: `https://probo-mock.dev/schemas/callbacks/${status}.schema.json`,
  title: `${status}Callback`,
  'x-provenance': 'invented',
  ...blocks,
  type: 'object',
  properties: { status: { const: status }, message: { type: 'string', examples: ['Text'] } },
});
const xStatus = (order: number, extra: Record<string, unknown> = {}) => ({
  'x-status': { order, rank: order, setBy: 'Probo', meaning: 'Something', ...extra },
});

function folder(files: Record<string, object>): string {
  dir = mkdtempSync(join(tmpdir(), 'probo-mock-callbacks-'));
  for (const [name, schema] of Object.entries(files)) {
    writeFileSync(join(dir, `${name}.schema.json`), JSON.stringify(schema));
  }
  return dir;
}

describe('reading the statuses from schemas/callbacks/', () => {
  it('gives the real folder as the status list the code uses, in x-status.order', () => {
    const statuses = readCallbackSchemas(join(schemasDir, 'callbacks'));
    expect(statuses.map((s) => s.status)).toEqual([...STATUSES]);
  });

  it('orders the statuses by x-status.order, not by file name', () => {
    const statuses = readCallbackSchemas(
      folder({ a: message('late', xStatus(20)), b: message('early', xStatus(10)) }),
    );
    expect(statuses.map((s) => s.status)).toEqual(['early', 'late']);
  });

  it('refuses a status without an x-status block, naming its file', () => {
    const dir = folder({ one: message('one', xStatus(10)), two: message('two') });
    expect(() => readCallbackSchemas(dir)).toThrow(/status two: exactly one of its schemas \(two/);
  });

  it('refuses an edge to a status that has no schema', () => {
    const step = { to: 'nowhere', provenance: 'invented', why: 'a test' };
    const dir = folder({ one: message('one', xStatus(10, { next: [step] })) });
    expect(() => readCallbackSchemas(dir)).toThrow(
      /status one: x-status names unknown status nowhere/,
    );
  });

  it('refuses a step without its provenance, one that goes back in rank, and a band of two ranks', () => {
    const bare = folder({
      one: message('one', xStatus(10, { next: [{ to: 'two' }] })),
      two: message('two', xStatus(20)),
    });
    expect(() => readCallbackSchemas(bare)).toThrow(
      /"x-status"\/next\/0 must have required property 'provenance'/,
    );
    const step = (to: string) => ({ to, provenance: 'invented', why: 'a test' });
    const band = { provenance: 'invented', why: 'a test' };
    const back = folder({
      one: message('one', xStatus(10, { next: [step('two')] })),
      two: message('two', xStatus(20, { next: [step('one')] })),
    });
    expect(() => readCallbackSchemas(back)).toThrow(/status two: next one must rank above 20/);
    const split = folder({
      one: message('one', xStatus(10, { sideways: band })),
      two: message('two', xStatus(20, { sideways: band })),
    });
    expect(() => readCallbackSchemas(split)).toThrow(
      /status two: sideways statuses share one rank/,
    );
  });

  it('refuses two schemas of one status unless each says its variant', () => {
    const dir = folder({ a: message('same', xStatus(10)), b: message('same') });
    expect(() => readCallbackSchemas(dir)).toThrow(
      /b\.schema\.json: status same has several schemas/,
    );
  });

  it('refuses an x-status block its meta-schema does not allow', () => {
    const dir = folder({ one: message('one', xStatus(10, { rank: 'high' })) });
    expect(() => readCallbackSchemas(dir)).toThrow(
      /one\.schema\.json: "x-status"\/rank must be integer/,
    );
  });
});
