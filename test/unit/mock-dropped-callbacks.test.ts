import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startMock, type RunningMock } from '../../src/mock/index.js';
import { mockEngineOf } from '../../src/mock/http/plugin.js';
import { AUTH, postJson, shopOrder } from '../support/mock-orders.js';

describe('lost callbacks (MockEngine.dropCallbacks)', () => {
  let mock: RunningMock | undefined;
  let receiver: Server | undefined;
  afterEach(async () => {
    await mock?.close();
    receiver?.closeAllConnections();
    await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined)));
  });

  it('journals every callback of the order as dropped from then on and never sends it, while the order moves on', async () => {
    const received: string[] = [];
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push((JSON.parse(body) as { status: string }).status);
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/cb`;
    mock = await startMock({ port: 0, manual: true, rateLimit: 0 });
    const engine = mockEngineOf(mock.server as never);
    const taken = await postJson(
      `${mock.url}/order`,
      { ...shopOrder({ id: 'pm-drop-1' }), callback_urls: [url] },
      AUTH,
    );
    expect(taken.status).toBe(202);
    // A released step happens on the run's next tick: wait for the order's history to show it.
    const happened = async (n: number) => {
      while ((mock!.orders.find({ id: 'pm-drop-1' })?.history.length ?? 0) < n)
        await new Promise((resolve) => setImmediate(resolve));
      await mock!.idle();
    };
    engine.advance('pm-drop-1');
    engine.advance('pm-drop-1');
    await happened(2);
    engine.dropCallbacks('pm-drop-1');
    for (let i = 0; i < 6; i++) engine.advance('pm-drop-1');
    await happened(8);
    expect(received).toEqual(['queued', 'accepted']);
    const entries = mock.journal.query({ order: 'pm-drop-1' });
    expect(entries.map((e) => [e.status, e.outcome])).toEqual([
      ['queued', 'delivered'],
      ['accepted', 'delivered'],
      ['in_production', 'dropped'],
      ['logistics', 'dropped'],
      ['shipment_created', 'dropped'],
      ['shipment_scanned_by_carrier', 'dropped'],
      ['shipment_in_transit', 'dropped'],
      ['shipment_delivered', 'dropped'],
    ]);
    expect(mock.orders.find({ id: 'pm-drop-1' })?.status).toBe('shipment_delivered');
  });
});
