// The catalog baseline: a bare hapi server whose POST /products/configure and POST /price parse
// the JSON body and answer the body the mock gives for the benchmark's request (computed once at
// start from the same catalog), doing nothing else. Same hapi, same payload parsing.
import Hapi from '@hapi/hapi';
import { loadCatalogFile, ProductCatalog } from '../../dist/catalog/index.js';
import { CONFIGURE_BODY, PRICE_BODY } from '../lib/catalog-bodies.mjs';
import { serveHapi } from '../lib/serve-ipc.mjs';

const catalog = new ProductCatalog(loadCatalogFile());
const CONFIGURED = catalog.configure(JSON.parse(CONFIGURE_BODY));
const PRICED = catalog.price(JSON.parse(PRICE_BODY));

const server = Hapi.server({ port: 0, host: '127.0.0.1', routes: { cors: false } });
const payload = { parse: true, output: 'data', allow: 'application/json' };
server.route([
  { method: 'POST', path: '/products/configure', options: { payload, handler: () => CONFIGURED } },
  { method: 'POST', path: '/price', options: { payload, handler: () => PRICED } },
]);
serveHapi(server);
