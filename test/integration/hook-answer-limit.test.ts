import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createTcpServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHookJson } from '../../src/conformance/hook-answer.js';
import { HttpClient } from '../../src/http-client/index.js';

// verify reads the state and effects hooks' answers up to 10 MiB. One over it is refused saying
// its size when it gave one (Content-Length), and how it came when it did not: a streamed
// (chunked) answer is cut at the limit, so its size is never known.

const MiB = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 'x');

/** Writes `bytes` of a JSON string in 64 KiB chunks, minding back-pressure, until cut off. */
async function stream(res: ServerResponse, bytes: number): Promise<void> {
  res.on('error', () => {}); // verify cuts the answer at its limit: the shop sees a reset
  res.write('{"document":"');
  for (let sent = 0; sent < bytes && !res.destroyed; sent += CHUNK.length)
    if (!res.write(CHUNK))
      await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
  res.end('"}');
}

let hook: Server;
let closing: ReturnType<typeof createTcpServer>;
let base: string;
let closingUrl: string;
const client = new HttpClient();
const settings = { client, timeoutMs: 10_000, userHeaders: {} };

beforeAll(async () => {
  hook = createServer((req, res) => {
    const size = Number(new URL(req.url!, 'http://x').searchParams.get('mib')) * MiB;
    if (req.url!.startsWith('/sized')) {
      // The whole length said up front, as a framework that renders first and sends after does.
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(size + '{"document":""}'.length),
      });
    } else res.writeHead(200, { 'content-type': 'application/json' }); // node:http: chunked
    void stream(res, size);
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(hook.address() as AddressInfo).port}`;
  // An answer with neither Content-Length nor chunked: it ends when the connection closes.
  closing = createTcpServer((socket) => {
    socket.on('error', () => {});
    socket.once('data', () => {
      socket.write(
        'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n',
      );
      socket.write('{"document":"');
      const write = (left: number): void => {
        if (left <= 0 || socket.destroyed) return void socket.end('"}');
        if (socket.write(CHUNK)) write(left - CHUNK.length);
        else socket.once('drain', () => write(left - CHUNK.length));
      };
      write(11 * MiB);
    });
  });
  await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
  closingUrl = `http://127.0.0.1:${(closing.address() as AddressInfo).port}/state/1`;
});
afterAll(async () => {
  await client.destroy();
  await new Promise((resolve) => hook.close(resolve));
  await new Promise((resolve) => closing.close(resolve));
});

describe("a hook's answer over 10 MiB", () => {
  it('is refused as chunked and over the limit when it streamed 11 MiB with no Content-Length', async () => {
    const answer = await readHookJson(settings, `${base}/chunked?mib=11`, 'state hook');
    expect(answer.exchange.outcome.headers['transfer-encoding']).toBe('chunked');
    expect(answer.cause).toBe('too-large');
    expect(answer.problem).toBe(
      'the state hook answered over the limit of 10 MiB, chunked (cut at the limit: its full size is unknown)',
    );
    expect(answer.document).toBeUndefined();
  });

  it('is refused with its size when it said 11 MiB in its Content-Length', async () => {
    const answer = await readHookJson(settings, `${base}/sized?mib=11`, 'effects hook');
    expect(answer.cause).toBe('too-large');
    expect(answer.problem).toBe('the effects hook answered 11 MiB, over the limit of 10 MiB');
  });

  it('is refused as having no Content-Length when it ends by closing the connection', async () => {
    const answer = await readHookJson(settings, closingUrl, 'state hook');
    expect(answer.exchange.outcome.headers['transfer-encoding']).toBeUndefined();
    expect(answer.problem).toBe(
      'the state hook answered over the limit of 10 MiB, with no Content-Length (cut at the limit: its full size is unknown)',
    );
  });

  it('is read to its end when it streams 9 MiB, chunked', async () => {
    const answer = await readHookJson(settings, `${base}/chunked?mib=9`, 'state hook');
    expect(answer.problem).toBeUndefined();
    expect((answer.document as { document: string }).document).toHaveLength(9 * MiB);
  });
});
