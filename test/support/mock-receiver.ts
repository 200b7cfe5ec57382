import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One callback a test receiver got. */
export interface ReceivedCall {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
}

export interface ReceiverAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** Decides the answer to the n-th call (0-based); default 200 `{"ok":true}`. */
export type Respond = (call: ReceivedCall, n: number) => ReceiverAnswer | Promise<ReceiverAnswer>;

export interface TestReceiver {
  /** Base URL, e.g. http://127.0.0.1:PORT; any path is accepted. */
  url: string;
  calls: ReceivedCall[];
  /** Resolves once `n` calls arrived (rejects after `timeoutMs`, a generous bound). */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedCall[]>;
  close(): Promise<void>;
}

/** A plain node:http callback receiver on 127.0.0.1, port 0, written as a shop would. */
export async function startTestReceiver(respond?: Respond): Promise<TestReceiver> {
  const calls: ReceivedCall[] = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const call: ReceivedCall = { path: req.url ?? '/', headers: req.headers, body, json };
      const n = calls.length;
      calls.push(call);
      void Promise.resolve(respond ? respond(call, n) : { status: 200, body: '{"ok":true}' }).then(
        (answer) => {
          res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
          res.end(answer.body ?? '');
          for (const w of [...waiters]) {
            if (calls.length >= w.n) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve();
            }
          }
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    waitFor(n, timeoutMs = 15_000) {
      if (calls.length >= n) return Promise.resolve(calls);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`receiver got ${calls.length} calls, expected ${n}`)),
          timeoutMs,
        );
        waiters.push({
          n,
          resolve: () => {
            clearTimeout(timer);
            resolve(calls);
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
