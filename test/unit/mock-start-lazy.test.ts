import { describe, expect, it } from 'vitest';
import { mockShopOf } from '../../src/mock/http/plugin.js';
import { createMockServer } from '../../src/mock/server.js';

// What serve's start need not do (README, "Where serve's cold start goes"): the seeded catalog
// is read and checked at the first call that needs it, not when the server is made.
describe('a mock server at start', () => {
  it('has not read the seeded catalog until the first catalog call, which reads it', async () => {
    const server = await createMockServer();
    const shop = mockShopOf(server);
    expect(shop.catalogIfLoaded()).toBeUndefined();
    const res = await server.inject({
      method: 'GET',
      url: '/products',
      headers: { authorization: 'Bearer k' },
    });
    expect(res.statusCode).toBe(200);
    expect(shop.catalogIfLoaded()).toBeDefined();
  });

  it('reads a catalog file given as an option at once, so a bad one stops the start', async () => {
    await expect(createMockServer({ catalog: '/no/such/catalog.json' })).rejects.toThrow(
      /catalog/i,
    );
  });
});
