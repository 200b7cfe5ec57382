import { describe, expect, it } from 'vitest';
import { CATALOG, CHECK_IDS } from '../../src/conformance/index.js';

describe('the conformance catalog', () => {
  it('lists every fixed check id once, in report order', () => {
    expect(CATALOG.map((c) => c.id)).toEqual([...CHECK_IDS]);
    expect(new Set(CHECK_IDS).size).toBe(CHECK_IDS.length);
  });

  it('names the option each of the pointer, secret, effects and exploration checks needs', () => {
    const needs = CATALOG.filter((c) => c.needsOption).map((c) => [c.id, c.needsOption]);
    expect(needs).toEqual([
      ['state-records-supplier-order-number', '--state-supplier-pointer'],
      ['state-records-tracking', '--state-tracking-pointer'],
      ['rejects-forged-callback', '--header'],
      ['applies-effects-once', '--effects-url'],
      ['explores-histories', '--explore'],
    ]);
  });

  it('says for every check which real receiver bug it stands for', () => {
    for (const entry of CATALOG) expect(entry.bug?.length ?? 0, entry.id).toBeGreaterThan(20);
  });

  it('says for every check what it sends, what it expects and how to fix a failure', () => {
    for (const entry of CATALOG) {
      expect(entry.title.length, entry.id).toBeGreaterThan(10);
      expect(entry.sends.length, entry.id).toBeGreaterThan(10);
      expect(entry.expects.length, entry.id).toBeGreaterThan(5);
      expect(entry.hint.length, entry.id).toBeGreaterThan(20);
    }
  });

  it('marks exactly the state-* checks and explores-histories as needing the state hook', () => {
    for (const entry of CATALOG)
      expect(entry.needsStateHook).toBe(
        entry.id.startsWith('state-') || entry.id === 'explores-histories',
      );
  });
});
