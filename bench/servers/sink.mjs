// A bare node:http callback receiver: reads each body whole, answers 200, counts. The target of
// the dispatch and end-to-end benchmarks; nothing of probo-mock runs here.
import { createServer } from 'node:http';
import { once } from 'node:events';
import { serveIpc } from '../lib/serve-ipc.mjs';

const ANSWER = Buffer.from('{"ok":true}');
let received = 0;
let bytes = 0;
let connections = 0;
/** When the last body was read whole: ms since the epoch, to the µs (the bench compares it
 *  with its own clock; both processes read the same system clock). */
let lastAt = 0;

const server = createServer((req, res) => {
  req.on('data', (chunk) => (bytes += chunk.length));
  req.on('end', () => {
    received++;
    lastAt = performance.timeOrigin + performance.now();
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': ANSWER.length });
    res.end(ANSWER);
  });
});
server.keepAliveTimeout = 30_000;
server.on('connection', () => connections++);
const listening = once(server.listen(0, '127.0.0.1'), 'listening');

serveIpc({
  url: async () => {
    await listening;
    return `http://127.0.0.1:${server.address().port}/callback`;
  },
  count: () => ({ received, bytes, connections, lastAt }),
  reset: () => {
    received = 0;
    bytes = 0;
    connections = 0;
    lastAt = 0;
    return true;
  },
  stop: async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    return true;
  },
});
