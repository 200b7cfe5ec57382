import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { validateWith } from '../../src/contract/index.js';
import { SCENARIO_SCHEMA_ID, triggerScenario } from '../../src/scenarios/index.js';
import { verifyReceiver, type VerifyOptions } from '../../src/conformance/index.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OrderBook, startReceiver, type RunningReceiver } from '../../src/receiver/index.js';
import { EXPLORE_FLAWED_RECEIVERS } from '../support/receivers/explore-flawed-receivers.js';
import { startToyReceiver, type ToyReceiver } from '../support/receivers/toy-receiver.js';

const dir = mkdtempSync(join(tmpdir(), 'probo-explore-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('verify --explore', () => {
  let reference: RunningReceiver | undefined;
  let toys: ToyReceiver[] = [];
  afterEach(async () => {
    await reference?.close();
    reference = undefined;
    await Promise.all(toys.map((t) => t.close()));
    toys = [];
  });

  it('runs 200 histories against the reference receiver without a failure, covering most lifecycle edges', async () => {
    reference = await startReceiver();
    const report = await verifyReceiver({
      target: reference.callbackUrl,
      stateUrl: reference.stateUrl,
      setupUrl: reference.setupUrl,
      only: ['explores-histories'],
      explore: 200,
      seed: 21,
    });
    const check = report.checks.find((c) => c.id === 'explores-histories')!;
    expect(check.failures).toEqual([]);
    expect(check.outcome).toBe('passed');
    expect(check.explore).toMatchObject({ histories: 200, failed: 0 });
    // 200 histories walk most of the graph (the 1,000 of the bench and the generator's test walk all of it).
    expect(check.explore!.edges.covered).toBeGreaterThanOrEqual(34);
    expect(check.note).toMatch(
      /^200 histories, lifecycle edges covered \d+ of 40 \(\d+ %\), \d+\.\d s$/,
    );
  });

  it('with --effects-url, passes the reference receiver and fails and shrinks a history whose e-mail is sent twice', async () => {
    reference = await startReceiver();
    const passed = await verifyReceiver({
      ...reference.verifyOptions,
      only: ['explores-histories'],
      explore: 150,
      seed: 23,
    });
    expect(passed.checks.find((c) => c.id === 'explores-histories')!.failures).toEqual([]);
    // Sends "on its way" for every copy of shipment_in_transit that arrives.
    const flawed = await startToyReceiver({
      effect: ({ msg, changed }) =>
        changed || msg.status === 'shipment_in_transit'
          ? { kind: 'email', status: msg.status }
          : undefined,
    });
    toys.push(flawed);
    const report = await verifyReceiver({
      target: flawed.callbackUrl,
      stateUrl: flawed.stateUrl,
      effectsUrl: flawed.effectsUrl,
      only: ['explores-histories'],
      explore: 300,
      seed: 24,
    });
    const check = report.checks.find((c) => c.id === 'explores-histories')!;
    expect(check.outcome).toBe('failed');
    const failure = check.failures[0]!;
    expect(failure.message).toMatch(
      /performed a side effect more than once; shrunk from \d+ to 2 deliveries/,
    );
    expect(failure.message).toContain('story: shipment_in_transit ×2');
    expect(failure.message).toContain(
      'effects: {"kind":"email","status":"shipment_in_transit"} ×2',
    );
    expect(failure.hint).toMatch(
      /^Perform a side effect only for a callback that changes the order/,
    );
  });

  it('passes against a receiver that applies callbacks from a queue, a little after answering', async () => {
    // Answers at once and applies each callback 40 ms later (in order), as a job queue would.
    const book = new OrderBook();
    const server: Server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        if (req.method === 'GET') {
          const order = book.get(decodeURIComponent(req.url!.slice('/orders/'.length)));
          res.writeHead(order ? 200 : 404, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: order?.status ?? null }));
          return;
        }
        let msg: { status?: unknown; order?: { id?: unknown } } | undefined;
        try {
          msg = JSON.parse(raw) as typeof msg;
        } catch {
          msg = undefined;
        }
        const status = msg?.status;
        const id = msg?.order?.id;
        if (typeof status !== 'string' || typeof id !== 'string') {
          res.writeHead(400).end('{}');
          return;
        }
        setTimeout(() => book.apply(id, status), 40);
        res.writeHead(200).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const report = await verifyReceiver({
        target: `${base}/webhooks/probo`,
        stateUrl: `${base}/orders/{id}`,
        only: ['explores-histories'],
        explore: 40,
        seed: 22,
      });
      expect(report.checks[0]!.failures).toEqual([]);
      expect(report.checks[0]!.explore!.histories).toBe(40);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('is skipped without --explore, saying how to turn it on', async () => {
    reference = await startReceiver();
    const options = { target: reference.callbackUrl, stateUrl: reference.stateUrl, seed: 1 };
    const report = await verifyReceiver({ ...options, only: ['state-follows-lifecycle'] });
    expect(report.checks.map((c) => c.id)).toEqual(['state-follows-lifecycle']);
    const all = await verifyReceiver({ ...options, skip: ['handles-concurrent-burst'] });
    const check = all.checks.find((c) => c.id === 'explores-histories')!;
    expect(check.outcome).toBe('skipped');
    expect(check.note).toBe('off (--explore N turns it on)');
    // Asked for alone, it is a usage error that says why nothing would run.
    await expect(verifyReceiver({ ...options, only: ['explores-histories'] })).rejects.toThrow(
      /no check would run:\n {2}explores-histories: off \(--explore N turns it on\)/,
    );
  });

  for (const flawed of EXPLORE_FLAWED_RECEIVERS) {
    it(`finds, shrinks to four steps at most and saves a replayable failure against a receiver that ${flawed.name}`, async () => {
      const toy = await startToyReceiver(flawed.flaws);
      toys.push(toy);
      const saveFailures = join(dir, flawed.name.replace(/[^a-z]+/g, '-'));
      const options: VerifyOptions = {
        target: toy.callbackUrl,
        stateUrl: toy.stateUrl,
        only: ['explores-histories'],
        explore: 200,
        seed: 7,
        saveFailures,
      };
      if (flawed.stateMap) options.stateMap = flawed.stateMap;
      const report = await verifyReceiver(options);
      const check = report.checks.find((c) => c.id === 'explores-histories')!;
      expect(check.outcome).toBe('failed');
      const summary = check.explore!;
      expect(summary.histories).toBeLessThanOrEqual(200);
      expect(summary.shrink!.toDeliveries).toBeLessThanOrEqual(4);
      expect(summary.shrink!.toDeliveries).toBeLessThanOrEqual(summary.shrink!.fromDeliveries);
      const message = check.failures[0]!.message;
      expect(message).toMatch(/ended in the wrong state; shrunk from \d+ to \d+ deliveries/);
      // A history of unknown statuses only expects "no status yet": it is judged too.
      expect(message).toMatch(/expected (\S+|no Probo status yet) \(the lifecycle model\), got /);
      const failure = check.failures[0]!;
      expect(failure.story!.length).toBe(summary.shrink!.toDeliveries);
      expect(failure.state?.word).toBeDefined();
      expect(failure.curl).toMatch(/^curl -sS -i -X POST /);

      // The saved scenario is valid and, replayed with trigger to a fresh receiver with the same
      // flaw, leaves the order in the same wrong state.
      const file = summary.savedScenario!;
      const scenario: unknown = JSON.parse(readFileSync(file, 'utf8'));
      expect(validateWith(SCENARIO_SCHEMA_ID, scenario).diagnostics).toEqual([]);
      const orderId = /--order-id (\S+)/.exec(message)![1]!;
      const wrong = toy.orders.get(orderId)!.state;
      const fresh = await startToyReceiver(flawed.flaws);
      toys.push(fresh);
      const replay = await triggerScenario({
        scenario: file,
        target: fresh.callbackUrl,
        orderId,
        stepDelayMs: 0,
        retries: 0,
      });
      expect(replay.failed).toBe(0);
      expect(replay.deliveries.map((d) => d.step.body)).toEqual(
        toy.received.filter((r) => r.raw.includes(orderId)).map((r) => r.raw),
      );
      expect(fresh.orders.get(orderId)!.state).toBe(wrong);
    });
  }
});
