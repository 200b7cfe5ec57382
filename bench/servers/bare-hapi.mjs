// The intake baseline: a bare hapi server whose POST /order parses the JSON body and answers
// 202 with a queued body, doing nothing else. Same hapi, same payload parsing as the mock.
import { readFileSync } from 'node:fs';
import Hapi from '@hapi/hapi';
import { serveHapi } from '../lib/serve-ipc.mjs';

const QUEUED = JSON.parse(
  readFileSync(new URL('../../fixtures/callbacks/queued.json', import.meta.url), 'utf8'),
);

const server = Hapi.server({ port: 0, host: '127.0.0.1', routes: { cors: false } });
server.route({
  method: 'POST',
  path: '/order',
  options: { payload: { parse: true, output: 'data', allow: 'application/json' } },
  handler: (_request, h) => h.response(QUEUED).code(202),
});
serveHapi(server);
