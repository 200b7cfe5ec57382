// A callback receiver that accepts every connection and request and never answers: the worst a
// shop's receiver can do to the mock's memory (every delivery to it stays queued until its
// attempt times out). Counts what it was sent.
import { createServer } from 'node:http';
import { once } from 'node:events';
import { serveIpc } from '../lib/serve-ipc.mjs';

let received = 0;
let connections = 0;

const server = createServer((req) => {
  req.on('data', () => undefined);
  req.on('end', () => received++); // read whole, never answered
});
server.requestTimeout = 0;
server.headersTimeout = 0;
server.on('connection', () => connections++);
const listening = once(server.listen(0, '127.0.0.1'), 'listening');

serveIpc({
  url: async () => {
    await listening;
    return `http://127.0.0.1:${server.address().port}/hold`;
  },
  count: () => ({ received, connections }),
  stop: async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    return true;
  },
});
