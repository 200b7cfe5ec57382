import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MockFront } from '../../src/conformance/client/mock-front.js';

/** A stand-in for the mock: 202 to every order post, 200 to the rest, and the headers it got. */
async function fakeMock(seen: Record<string, string | undefined>[]): Promise<Server> {
  const server = createServer((req, res) => {
    seen.push({
      path: req.url,
      scenario: req.headers['x-probo-mock-scenario'] as string | undefined,
      answer: req.headers['x-probo-mock-answer'] as string | undefined,
    });
    req.resume();
    req.on('end', () => {
      res.writeHead(req.url === '/order' ? 202 : 200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

const post = (url: string, path: string, body: unknown) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
    body: JSON.stringify(body),
  });

describe("verify-client's front: which check a call belongs to", () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  it("gives a late retry of an earlier check's order to that check, and new ids to the current one", async () => {
    const seen: Record<string, string | undefined>[] = [];
    const mock = await fakeMock(seen);
    closers.push(() => new Promise((resolve) => mock.close(() => resolve())));
    const known = new Set<string>();
    const front = await MockFront.start({
      host: '127.0.0.1',
      port: 0,
      mockUrl: `http://127.0.0.1:${(mock.address() as AddressInfo).port}`,
      idOf: (s) => (typeof s.id === 'string' && known.has(s.id) ? s.id : undefined),
    });
    closers.push(() => front.close());

    front.current = 'client-retries-server-error';
    front.referee = () => ({ fault: '503' });
    await post(front.url, '/order', { id: 'A' });
    known.add('A');
    front.current = 'client-cancels-order';
    front.referee = () => ({ fault: '429=2000' });
    await post(front.url, '/order', { id: 'A' }); // a late retry of the earlier check's order
    await post(front.url, '/order', { id: 'B' });
    await post(front.url, '/order/status', { orders: [{ id: 'A' }] });

    expect(front.calls.map((c) => [c.path, c.ids, c.check, c.played])).toEqual([
      ['/order', ['A'], 'client-retries-server-error', 'x-probo-mock-answer: 503'],
      ['/order', ['A'], 'client-retries-server-error', undefined],
      ['/order', ['B'], 'client-cancels-order', 'x-probo-mock-answer: 429=2000'],
      ['/order/status', ['A'], 'client-retries-server-error', undefined],
    ]);
    // A new id plays the happy path; a known one is left to the mock (a duplicate).
    expect(seen.map((s) => s.scenario)).toEqual(['happy-path', undefined, 'happy-path', undefined]);
    expect(seen.map((s) => s.answer)).toEqual(['503', undefined, '429=2000', undefined]);
  });
});
