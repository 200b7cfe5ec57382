import { describe, expect, it } from 'vitest';
import { parsePointer, resolvePointer } from '../../src/shared/json-pointer.js';

describe('JSON pointers for --state-pointer', () => {
  it('reads a nested property and an array element', () => {
    const doc = { order: { states: ['queued', 'accepted'] } };
    expect(resolvePointer(doc, parsePointer('/order/states/1'))).toBe('accepted');
  });

  it('unescapes ~1 to a slash and ~0 to a tilde', () => {
    expect(parsePointer('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(resolvePointer({ 'a/b': { 'c~d': 'x' } }, parsePointer('/a~1b/c~0d'))).toBe('x');
  });

  it('gives undefined for a path that is not there', () => {
    expect(resolvePointer({ status: 'queued' }, parsePointer('/state'))).toBeUndefined();
    expect(resolvePointer({ list: [1] }, parsePointer('/list/x'))).toBeUndefined();
  });

  it('takes the empty pointer as the whole document', () => {
    expect(resolvePointer('accepted', parsePointer(''))).toBe('accepted');
  });

  it('refuses a pointer that does not start with a slash', () => {
    expect(() => parsePointer('status')).toThrow(/not a JSON pointer/);
  });
});
