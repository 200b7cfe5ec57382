import { describe, expect, it } from 'vitest';
import { UploaderSessions } from '../../src/catalog/uploader-sessions.js';

const session = (orderKey?: string) => ({
  productId: 1,
  callbackUrl: 'http://shop.test/uploader',
  ...(orderKey ? { orderKey } : {}),
});

describe('uploader sessions', () => {
  it("list an order's sessions oldest first, a session it named (made before it) included", () => {
    const sessions = new UploaderSessions();
    const named = sessions.create(session());
    const other = sessions.create(session('o-2'));
    const made = sessions.create(session('o-1'));
    sessions.attach(named.id, 'o-1');
    expect(sessions.ofOrder('o-1').map((s) => s.id)).toEqual([named.id, made.id]);
    expect(sessions.ofOrder('o-2').map((s) => s.id)).toEqual([other.id]);
    expect(sessions.ofOrder('o-3')).toEqual([]);
  });

  it('keep a session with the order it was first given to', () => {
    const sessions = new UploaderSessions();
    const s = sessions.create(session('o-1'));
    sessions.attach(s.id, 'o-2');
    expect(sessions.get(s.id)?.orderKey).toBe('o-1');
    expect(sessions.ofOrder('o-2')).toEqual([]);
  });

  it('forget every order on clear', () => {
    const sessions = new UploaderSessions();
    sessions.create(session('o-1'));
    sessions.clear();
    expect(sessions.ofOrder('o-1')).toEqual([]);
  });
});
