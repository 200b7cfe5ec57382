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

  it("forget an order's own sessions with it, and give back an open one it named so a retried post can name it again", () => {
    const sessions = new UploaderSessions();
    const named = sessions.create(session());
    const confirmedNamed = sessions.create(session());
    const made = sessions.create(session('o-1'));
    const kept = sessions.create(session('o-2'));
    sessions.attach(named.id, 'o-1');
    sessions.attach(confirmedNamed.id, 'o-1');
    sessions.confirm(confirmedNamed.id, confirmedNamed.token, { name: 'a.pdf', sizeInBytes: 1 });
    sessions.forgetOrder('o-1');
    expect(sessions.get(made.id)).toBeUndefined();
    expect(sessions.get(confirmedNamed.id)).toBeUndefined();
    expect(sessions.get(named.id)?.orderKey).toBeUndefined();
    expect(sessions.ofOrder('o-1')).toEqual([]);
    expect(sessions.list().map((s) => s.id)).toEqual([named.id, kept.id]);
    sessions.attach(named.id, 'o-1-retried');
    expect(sessions.ofOrder('o-1-retried').map((s) => s.id)).toEqual([named.id]);
  });

  it('keep the latest sessions no order has, up to the limit, and every session an order has', () => {
    const sessions = new UploaderSessions(3);
    const ofOrders = [sessions.create(session('o-1')), sessions.create(session('o-2'))];
    const loose = Array.from({ length: 5 }, () => sessions.create(session()));
    sessions.attach(loose[4]!.id, 'o-3');
    const later = sessions.create(session());
    expect(sessions.size).toBe(6);
    expect(sessions.list().map((s) => s.id)).toEqual(
      [...ofOrders, loose[2]!, loose[3]!, loose[4]!, later].map((s) => s.id),
    );
  });
});
