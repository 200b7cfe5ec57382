import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ConformanceUsageError,
  loadStateMap,
  parseHeaderOption,
} from '../../src/conformance/index.js';
import { resolveOptions } from '../../src/conformance/options.js';

const target = 'http://127.0.0.1:3000/webhooks/probo';

describe('verify options', () => {
  it('refuses an unknown check id in --only and names it', () => {
    expect(() =>
      resolveOptions({ target, only: ['handles-unicode', 'accepts-everything'] }),
    ).toThrow(/--only: unknown check id accepts-everything/);
  });

  it('refuses an unknown check id in --skip', () => {
    expect(() => resolveOptions({ target, skip: ['nope'] })).toThrow(ConformanceUsageError);
  });

  it('refuses a target that is not an http URL', () => {
    expect(() => resolveOptions({ target: 'ftp://example.com/x' })).toThrow(
      'bad options: target must be an http:// or https:// URL (got "ftp://example.com/x")',
    );
    expect(() => resolveOptions({ target: 'localhost:3000' })).toThrow(ConformanceUsageError);
  });

  it('refuses a state URL without {id}', () => {
    expect(() => resolveOptions({ target, stateUrl: 'http://127.0.0.1:3000/orders' })).toThrow(
      'bad options: stateUrl must be an http:// or https:// URL with {id} in it (got "http://127.0.0.1:3000/orders")',
    );
  });

  it('refuses --state-map and --state-pointer without --state-url', () => {
    expect(() => resolveOptions({ target, statePointer: '/status' })).toThrow(/need --state-url/);
  });

  it('refuses a state map whose value is not a Probo status', () => {
    expect(() =>
      resolveOptions({
        target,
        stateUrl: 'http://h/orders/{id}',
        stateMap: { shipped: 'shipped' },
      }),
    ).toThrow(/maps "shipped" to "shipped", which is not a Probo status/);
  });

  it('refuses a zero timeout and a concurrency of zero, naming both in one error', () => {
    expect(() => resolveOptions({ target, timeoutMs: 0, concurrency: 0 })).toThrow(
      new ConformanceUsageError(
        'bad options: timeoutMs must be an integer from 1 to 600000 (got 0); concurrency must be an integer from 1 to 1000 (got 0)',
      ),
    );
  });

  it('skips the state checks without a state hook and says why', () => {
    const resolved = resolveOptions({ target });
    expect(resolved.selected.map((c) => c.id)).not.toContain('state-follows-lifecycle');
    expect(resolved.skipped.get('state-follows-lifecycle')).toMatch(/--state-url/);
  });

  it('runs only the checks named by --only, minus those named by --skip', () => {
    const resolved = resolveOptions({
      target,
      only: ['handles-unicode', 'handles-large-payload'],
      skip: ['handles-large-payload'],
    });
    expect(resolved.selected.map((c) => c.id)).toEqual(['handles-unicode']);
  });

  it('splits a --header option at the first colon', () => {
    expect(parseHeaderOption('Authorization: Bearer a:b')).toEqual(['Authorization', 'Bearer a:b']);
    expect(() => parseHeaderOption('no-colon')).toThrow(/Name: value/);
  });

  it('refuses a header name with a space in it', () => {
    expect(() => resolveOptions({ target, headers: { 'X Secret': 'a' } })).toThrow(
      /headers must map header names to one-line string values/,
    );
  });

  it('loads a state map file and refuses one that is not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pm-state-map-'));
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    await writeFile(good, JSON.stringify({ pending: 'queued', done: 'shipment_delivered' }));
    await writeFile(bad, '{ pending: queued');
    await expect(loadStateMap(good)).resolves.toEqual({
      pending: 'queued',
      done: 'shipment_delivered',
    });
    await expect(loadStateMap(bad)).rejects.toThrow(/is not JSON/);
    await expect(loadStateMap(join(dir, 'missing.json'))).rejects.toThrow(/cannot read/);
  });
});
