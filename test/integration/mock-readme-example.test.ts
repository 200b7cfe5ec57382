// The README's startMock example, verbatim but for the import path: it must keep working.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startMock, type RunningMock } from '../../src/index.js';

let mock: RunningMock;
const received: { status: string }[] = [];
// Stands in for your shop's callback receiver.
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    received.push(JSON.parse(body));
    res.end('ok');
  });
});

beforeAll(async () => {
  mock = await startMock({ port: 0, stepDelayMs: 5 });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await mock.close();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

test('my shop gets the whole happy path for an order', async () => {
  const { port } = receiver.address() as AddressInfo;
  const answer = await fetch(`${mock.url}/order`, {
    method: 'POST',
    headers: { authorization: 'Bearer test', 'content-type': 'application/json' },
    body: JSON.stringify({
      id: 'webshop-1001',
      reference: 'Banner for customer X',
      callback_urls: [`http://127.0.0.1:${port}/probo/callback`],
      deliveries: [
        {
          address: {
            first_name: 'Anna',
            last_name: 'de Vries',
            street: 'Keizersgracht',
            house_number: '123',
            postal_code: '1015 CJ',
            city: 'Amsterdam',
            country: 'NL',
          },
          shipping_method_preset: 'cheapest',
          delivery_date_preset: 'cheapest',
        },
      ],
      products: [
        {
          code: 'banner-510',
          options: [
            { code: 'width', value: 100 },
            { code: 'height', value: 50 },
          ],
          files: [{ uri: 'https://files.example/banner.pdf' }],
        },
      ],
    }),
  });
  expect(answer.status).toBe(202);
  await mock.idle();
  expect(received.map((b) => b.status)).toEqual([
    'queued',
    'accepted',
    'in_production',
    'logistics',
    'shipment_created',
    'shipment_scanned_by_carrier',
    'shipment_in_transit',
    'shipment_delivered',
  ]);
  expect(mock.journal.query({ order: 'webshop-1001', outcome: 'failed' })).toEqual([]);
});
