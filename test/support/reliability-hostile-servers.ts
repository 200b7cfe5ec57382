import { connect, createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';

/**
 * How a hostile receiver treats each connection, written at the TCP level so that it can do what
 * a polite HTTP server never would: reset, hang, trickle, never stop.
 */
export type Hostility =
  | 'hang' // reads the request, never answers
  | 'reset-mid-answer' // sends the status line and half a body, then resets the connection
  | 'close-at-once' // closes the connection as soon as it is opened
  | 'garbage' // answers bytes that are not HTTP
  | 'slow-headers' // sends the status line, then one header byte every 200 ms, forever
  | 'endless-body' // 200 with a chunked body that never ends
  | { status: number; headers?: Record<string, string>; body?: string } // a plain answer
  | { bodyBytes: number }; // 200 with a body of this many bytes

export interface HostileServer {
  url: string;
  /** Requests (or connections, for those that never read one) seen so far. */
  hits(): number;
  close(): Promise<void>;
}

const REQUEST_END = '\r\n\r\n';

/** Starts a TCP server on 127.0.0.1 that treats every request as `hostility` says. */
export async function startHostileServer(
  hostility: Hostility | ((hit: number) => Hostility),
): Promise<HostileServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let hits = 0;
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {
      /* the client hung up: expected */
    });
    let buffered = '';
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('latin1');
      const end = buffered.indexOf(REQUEST_END);
      if (end === -1) return;
      const length = Number(/content-length:\s*(\d+)/i.exec(buffered)?.[1] ?? 0);
      if (buffered.length < end + REQUEST_END.length + length) return;
      buffered = buffered.slice(end + REQUEST_END.length + length);
      const how = typeof hostility === 'function' ? hostility(hits) : hostility;
      hits++;
      act(socket, how, timers);
    };
    const first = typeof hostility === 'function' ? undefined : hostility;
    if (first === 'close-at-once') {
      hits++;
      socket.destroy();
      return;
    }
    socket.on('data', onData);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/callback`,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function act(socket: Socket, how: Hostility, timers: Set<NodeJS.Timeout>): void {
  if (how === 'hang') return;
  if (how === 'close-at-once') {
    socket.destroy();
    return;
  }
  if (how === 'garbage') {
    socket.end('\u0000\u00ffthis is not HTTP at all\r\n\r\n');
    return;
  }
  if (how === 'reset-mid-answer') {
    socket.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{"ok":');
    setImmediate(() => socket.resetAndDestroy());
    return;
  }
  if (how === 'slow-headers') {
    socket.write('HTTP/1.1 200 OK\r\nx-slow: ');
    const timer = setInterval(() => socket.write('a'), 200);
    timers.add(timer);
    socket.on('close', () => {
      clearInterval(timer);
      timers.delete(timer);
    });
    return;
  }
  if (how === 'endless-body') {
    socket.write(
      'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\ncontent-type: text/plain\r\n\r\n',
    );
    const chunk = 'x'.repeat(16 * 1024);
    const pump = (): void => {
      while (!socket.destroyed && socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`));
    };
    socket.on('drain', pump);
    pump();
    return;
  }
  if ('bodyBytes' in how) {
    socket.write(`HTTP/1.1 200 OK\r\ncontent-length: ${how.bodyBytes}\r\n\r\n`);
    let left = how.bodyBytes;
    const block = Buffer.alloc(64 * 1024, 0x61);
    const pump = (): void => {
      while (left > 0 && !socket.destroyed) {
        const n = Math.min(left, block.length);
        left -= n;
        if (!socket.write(block.subarray(0, n))) return;
      }
    };
    socket.on('drain', pump);
    pump();
    return;
  }
  const body = how.body ?? '';
  const headers = Object.entries({
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    ...how.headers,
  })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.write(`HTTP/1.1 ${how.status} X\r\n${headers}\r\n${body}`);
}

/**
 * A URL on 127.0.0.1 where nothing listens: connecting is refused. Not a port freed a moment ago
 * (another test, or a process outside the suite, may take it at once): a privileged port below
 * 1024, which port-0 listeners never get and which this suite never binds; checked to refuse now.
 */
export async function refusedUrl(): Promise<string> {
  for (let port = 1; port < 1024; port++) {
    if (await refuses(port)) return `http://127.0.0.1:${port}/callback`;
  }
  throw new Error('no port below 1024 on 127.0.0.1 refuses connections');
}

/** Whether a TCP connection to 127.0.0.1:`port` is refused (an answer or a silence is not). */
function refuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}
