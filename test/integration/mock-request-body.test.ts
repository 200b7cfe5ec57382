import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import { readBody } from '../../src/mock/http/request-body.js';
import { shopOrder } from '../support/mock-orders.js';

/** What readBody gave for one request: a body at once, or a promise and what it settled to. */
interface Outcome {
  atOnce: boolean;
  body?: string;
  status?: number;
}

let server: Server | undefined;
let mock: RunningMock | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await mock?.close();
  server = undefined;
  mock = undefined;
});

/**
 * A node:http server that calls readBody one turn after the request came in (as a hapi handler
 * does, after its lifecycle steps) and reports what it gave.
 */
async function readingServer(maxBytes: number, timeoutMs: number | false) {
  let report: (outcome: Outcome) => void = () => undefined;
  const outcome = new Promise<Outcome>((resolve) => (report = resolve));
  server = createServer((req: IncomingMessage, res) => {
    setImmediate(() => {
      let result: Buffer | Promise<Buffer>;
      try {
        result = readBody(req, maxBytes, timeoutMs);
      } catch (error) {
        report({
          atOnce: true,
          status: (error as { output: { statusCode: number } }).output.statusCode,
        });
        res.end();
        return;
      }
      if (!(result instanceof Promise)) {
        report({ atOnce: true, body: result.toString() });
        res.end();
        return;
      }
      result.then(
        (body) => report({ atOnce: false, body: body.toString() }),
        (error: { output: { statusCode: number } }) =>
          report({ atOnce: false, status: error.output.statusCode }),
      );
      result.finally(() => res.end()).catch(() => undefined);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, outcome };
}

async function rawClient(port: number): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  socket.on('error', () => undefined);
  await new Promise((resolve) => socket.once('connect', resolve));
  return socket;
}

const head = (headers: string) => `POST /order HTTP/1.1\r\nhost: 127.0.0.1\r\n${headers}\r\n\r\n`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('reading a request body', () => {
  it('takes a body that came with its headers from the stream buffer, without a promise', async () => {
    const { port, outcome } = await readingServer(1024, 1_000);
    const body = '{"id":"at-once"}';
    (await rawClient(port)).write(head(`content-length: ${body.length}`) + body);
    expect(await outcome).toEqual({ atOnce: true, body });
  });

  it('waits for a body that comes after its headers and returns all of it', async () => {
    const { port, outcome } = await readingServer(1024, 1_000);
    const socket = await rawClient(port);
    socket.write(head('content-length: 20') + '{"id":"in-');
    await pause(50);
    socket.write('pieces"}  ');
    expect(await outcome).toEqual({ atOnce: false, body: '{"id":"in-pieces"}  ' });
  });

  it('refuses a chunked body that grows over the limit with 413', async () => {
    const { port, outcome } = await readingServer(10, 1_000);
    const socket = await rawClient(port);
    socket.write(head('transfer-encoding: chunked'));
    await pause(20);
    socket.write('8\r\n{"id":"x\r\n');
    await pause(20);
    socket.write('8\r\nxxxxxxx"\r\n');
    expect(await outcome).toEqual({ atOnce: false, status: 413 });
  });

  it('gives up with 408 on a body that stops coming', async () => {
    const { port, outcome } = await readingServer(1024, 100);
    (await rawClient(port)).write(head('content-length: 100') + '{"id":');
    expect(await outcome).toEqual({ atOnce: false, status: 408 });
  });

  it('settles with 400 when the client goes away in the middle of the body', async () => {
    const { port, outcome } = await readingServer(1024, false);
    const socket = await rawClient(port);
    socket.write(head('content-length: 100') + '{"id":');
    await pause(50);
    socket.destroy();
    expect(await outcome).toEqual({ atOnce: false, status: 400 });
  });
});

describe('the order routes read bodies that come in pieces', () => {
  async function exchange(port: number, parts: string[]): Promise<string> {
    const socket = await rawClient(port);
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    for (const part of parts) {
      socket.write(part);
      await pause(30);
    }
    for (let i = 0; i < 100 && !/\r\n\r\n[\s\S]*\}$/.test(answer); i++) await pause(10);
    return answer;
  }

  it('accepts an order whose body arrives in three pieces', async () => {
    mock = await startMock({ port: 0, manual: true });
    const port = Number(new URL(mock.url).port);
    const body = JSON.stringify(shopOrder({ id: 'pieces-1' }));
    const third = Math.ceil(body.length / 3);
    const headers = head(
      `authorization: Bearer t\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}`,
    );
    const answer = await exchange(port, [
      headers + body.slice(0, third),
      body.slice(third, 2 * third),
      body.slice(2 * third),
    ]);
    expect(answer).toMatch(/^HTTP\/1\.1 202 /);
    expect(mock.orders.get('pieces-1')?.post).toEqual(JSON.parse(body));
  });

  it('answers a chunked body over the limit with 413 in JSON', async () => {
    mock = await startMock({ port: 0, manual: true, maxBodyBytes: 1024 });
    const port = Number(new URL(mock.url).port);
    const chunk = `{"pad":"${'x'.repeat(600)}`;
    const answer = await exchange(port, [
      head(
        'authorization: Bearer t\r\ncontent-type: application/json\r\ntransfer-encoding: chunked',
      ),
      `${chunk.length.toString(16)}\r\n${chunk}\r\n`,
      `${chunk.length.toString(16)}\r\n${chunk}\r\n`,
    ]);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({
      status: 'error',
      reason: 'payload_too_large',
    });
  });
});
