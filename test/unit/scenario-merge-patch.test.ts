import { describe, expect, it } from 'vitest';
import { applyMergePatch } from '../../src/scenarios/merge-patch.js';

describe('applyMergePatch', () => {
  it('merges objects key by key, replaces other values and deletes keys patched with null', () => {
    const target = { status: 'accepted', order: { id: 'a', reference: 'r' }, list: [1, 2] };
    const patched = applyMergePatch(target, {
      order: { reference: null, extra: 1 },
      list: [3],
      message: 'hi',
    });
    expect(patched).toEqual({
      status: 'accepted',
      order: { id: 'a', extra: 1 },
      list: [3],
      message: 'hi',
    });
  });

  it('leaves the target unchanged', () => {
    const target = { order: { id: 'a' } };
    applyMergePatch(target, { order: { id: 'b' } });
    expect(target).toEqual({ order: { id: 'a' } });
  });

  it('replaces the whole target when the patch is not an object', () => {
    expect(applyMergePatch({ a: 1 }, 'text')).toBe('text');
    expect(applyMergePatch({ a: 1 }, [1])).toEqual([1]);
  });

  it('ignores __proto__, constructor and prototype keys at any depth, so Object.prototype stays clean', () => {
    const patch = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "order": {"__proto__": {"polluted": true}, "id": "x"}, "new": {"prototype": 1, "ok": 2}}',
    ) as unknown;
    const patched = applyMergePatch({ order: { id: 'a' } }, patch) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(patched).sort()).toEqual(['new', 'order']);
    expect(patched.order).toEqual({ id: 'x' });
    expect(patched.new).toEqual({ ok: 2 });
    expect(Object.getPrototypeOf(patched.order)).toBe(Object.prototype);
  });
});
