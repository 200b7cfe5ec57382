// The cold-start baseline: a bare hapi server with one route, in a fresh process, that prints
// that it listens, as `probo-mock serve` does. Nothing of probo-mock is loaded.
import Hapi from '@hapi/hapi';

const server = Hapi.server({ port: 0, host: '127.0.0.1', routes: { cors: false } });
server.route({ method: 'POST', path: '/order', handler: (_request, h) => h.response().code(202) });
await server.start();
process.stdout.write(`listening on ${server.info.uri}\n`);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
