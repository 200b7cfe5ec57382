import { describe, expect, it } from 'vitest';
import { createMockServer, mockEngineOf } from '../../src/mock/index.js';
import { shopOrder } from '../support/mock-orders.js';

const auth = { authorization: 'Bearer k', 'content-type': 'application/json' };

// The record keeps the post's JSON text and parses it when `post` is read (stored-post.ts).
describe('the order post kept on its record', () => {
  it('gives back the posted order from the record, its JSON and the admin API, equal to what was sent', async () => {
    const server = await createMockServer({ manual: true });
    try {
      const sent = shopOrder({ id: 'sp-1', reference: 'Banner "ü"' });
      const res = await server.inject({
        method: 'POST',
        url: '/order',
        payload: ` ${JSON.stringify(sent, null, 2)} `,
        headers: auth,
      });
      expect(res.statusCode).toBe(202);
      const record = mockEngineOf(server).orders.get('sp-1');
      expect(record?.post).toEqual(sent);
      expect(Object.keys(record ?? {})).toContain('post');
      expect((JSON.parse(JSON.stringify(record)) as { post: unknown }).post).toEqual(sent);
      const { post, ...rest } = record!;
      expect(post).toEqual(sent);
      expect(rest).not.toHaveProperty('post');
      const admin = await server.inject({ method: 'GET', url: '/__mock/orders/sp-1' });
      expect((JSON.parse(admin.payload) as { order: { post: unknown } }).order.post).toEqual(sent);
    } finally {
      await server.stop();
    }
  });
});
