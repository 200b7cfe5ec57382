import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { HttpClient } from '../../src/http-client/http-client.js';

// A receiver that answers each post after `delayMs`, and records how many it held at once.
async function slowReceiver(delayMs: number) {
  let open = 0;
  let mostAtOnce = 0;
  const server = createServer((req, res) => {
    open++;
    mostAtOnce = Math.max(mostAtOnce, open);
    req.resume();
    setTimeout(() => {
      open--;
      res.end('ok');
    }, delayMs);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cb`;
  return { server, url, mostAtOnce: () => mostAtOnce };
}

let server: Server | undefined;
let client: HttpClient | undefined;
afterEach(async () => {
  await client?.destroy();
  server?.close();
});

describe('HttpClient turns per origin', () => {
  test('keeps at most `connections` attempts on the wire to one origin', async () => {
    const r = await slowReceiver(50);
    server = r.server;
    client = new HttpClient({ connections: 2 });
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => client!.send(r.url, { body: '{}', timeoutMs: 10_000 })),
    );
    expect(outcomes.map((o) => o.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(r.mostAtOnce()).toBe(2);
  });

  test('starts an attempt’s timeout when it goes on the wire, not while it waits for a turn', async () => {
    // One connection, answers after 300 ms, a 700 ms timeout: the third post waits ~600 ms for
    // its turn; counted from the call, it would time out.
    const r = await slowReceiver(300);
    server = r.server;
    client = new HttpClient({ connections: 1 });
    const outcomes = await Promise.all(
      Array.from({ length: 3 }, () => client!.send(r.url, { body: '{}', timeoutMs: 700 })),
    );
    expect(outcomes.map((o) => o.error?.code ?? o.status)).toEqual([200, 200, 200]);
  });

  test('answers a malformed URL with an error outcome, without throwing', async () => {
    client = new HttpClient();
    const outcome = await client.send('not a url', { timeoutMs: 1_000 });
    expect(outcome.status).toBeUndefined();
    expect(outcome.error?.code).toBe('ERR_INVALID_URL');
  });
});

describe('HttpClient answer bodies', () => {
  test('keeps the first bodyLimit bytes of a long answer and marks it truncated', async () => {
    server = createServer((req, res) => {
      req.resume();
      res.end('x'.repeat(100_000));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    client = new HttpClient();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const long = await client.send(url, { timeoutMs: 5_000, bodyLimit: 100 });
    expect(long.status).toBe(200);
    expect(long.body).toBe('x'.repeat(100));
    expect(long.truncated).toBe(true);
    const whole = await client.send(url, { timeoutMs: 5_000, bodyLimit: 200_000 });
    expect(whole.body.length).toBe(100_000);
    expect(whole.truncated).toBe(false);
  });
});
