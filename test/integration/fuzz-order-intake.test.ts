import type { Server } from '@hapi/hapi';
import fc from 'fast-check';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateOrder } from '../../src/contract/index.js';
import { createMockServer, startMock } from '../../src/mock/index.js';
import type { RunningMock } from '../../src/mock/index.js';
import { assertAnswerSchema, shopOrder } from '../support/mock-orders.js';
import { fuzzBody } from '../support/reliability-fuzz-bodies.js';
import type { FuzzBody } from '../support/reliability-fuzz-bodies.js';

const INJECTED = 2_400;
const OVER_SOCKETS = 300;

interface Tally {
  bodies: number;
  refused: number;
  accepted: number;
  kinds: Map<string, number>;
}

function newTally(): Tally {
  return { bodies: 0, refused: 0, accepted: 0, kinds: new Map() };
}

/**
 * The one rule for every answer: a 4xx with our JSON error shape, or (only when the body can be a
 * valid order and the schema says it is) a 202. Never a 5xx, never something that is not JSON.
 */
function judge(body: FuzzBody, status: number, text: string, tally: Tally): void {
  const what = `${body.kind}: answered ${status} ${text.slice(0, 200)}`;
  tally.bodies++;
  const family = body.kind.replace(/\d+/g, 'N').replace(/ after .*$/, '');
  tally.kinds.set(family, (tally.kinds.get(family) ?? 0) + 1);
  let json: unknown;
  expect(() => (json = JSON.parse(text)), what).not.toThrow();
  if (status === 202) {
    expect(body.mustFail, what).toBe(false);
    expect(validateOrder(JSON.parse(body.payload.toString())).valid, what).toBe(true);
    tally.accepted++;
    return;
  }
  expect(status, what).toBeGreaterThanOrEqual(400);
  expect(status, what).toBeLessThan(500);
  // Probo's error shape (status "error", a message) with our reason, and the schema agrees.
  expect(json, what).toMatchObject({
    status: 'error',
    reason: expect.any(String) as string,
    message: expect.any(String) as string,
  });
  expect(() => assertAnswerSchema('/order', status, json), what).not.toThrow();
  tally.refused++;
}

/** The other order routes: a 2xx only for a body their schema takes; every answer its schema's. */
function judgeOther(path: string, body: FuzzBody, status: number, text: string): void {
  const what = `${path} ${body.kind}: answered ${status} ${text.slice(0, 200)}`;
  let json: unknown;
  expect(() => (json = JSON.parse(text)), what).not.toThrow();
  expect(status, what).toBeLessThan(500);
  expect(() => assertAnswerSchema(path, status, json), what).not.toThrow();
}

/** Bodies for the status, cancel and release routes: fuzzed order bodies and near-valid ones. */
const selectorBody: fc.Arbitrary<FuzzBody> = fc.oneof(
  fuzzBody,
  fc
    .record(
      {
        orders: fc.array(
          fc.dictionary(
            fc.constantFrom('id', 'supplier_order_number', 'reference', 'other'),
            fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.integer())),
          ),
          { maxLength: 7 },
        ),
        id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        supplier_order_number: fc.oneof(fc.string(), fc.integer(), fc.boolean()),
      },
      { requiredKeys: [] },
    )
    .map((value) => ({
      kind: 'near-valid selector',
      payload: Buffer.from(JSON.stringify(value)),
      contentType: 'application/json',
      mustFail: false,
    })),
);

function headersOf(body: FuzzBody): Record<string, string> {
  const headers: Record<string, string> = { authorization: 'Bearer fuzz' };
  if (body.contentType !== undefined) headers['content-type'] = body.contentType;
  return headers;
}

function prototypeIsClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(CLEAN_PROTOTYPE);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const CLEAN_PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort();

describe('order intake under fuzzed bodies', () => {
  describe('through server.inject', () => {
    let server: Server;
    beforeAll(async () => {
      // Manual: an accepted order waits, so the fuzz run sends no callbacks anywhere.
      server = await createMockServer({ manual: true, rateLimit: 0 });
    });
    afterAll(async () => {
      await server.stop();
    });

    it(`answers each of ${INJECTED} bad bodies with a 4xx JSON error and never a 5xx`, async () => {
      const tally = newTally();
      await fc.assert(
        fc.asyncProperty(fuzzBody, async (body) => {
          const res = await server.inject({
            method: 'POST',
            url: '/order',
            payload: body.payload,
            headers: headersOf(body),
          });
          judge(body, res.statusCode, res.payload, tally);
        }),
        { numRuns: INJECTED, seed: 20261127, endOnFailure: true },
      );
      expect(tally.bodies).toBe(INJECTED);
      expect(tally.refused).toBeGreaterThanOrEqual(2_000);
      // Every family of bad body was generated, not just the cheap ones.
      expect([...tally.kinds.keys()].length).toBeGreaterThanOrEqual(10);
      console.info(
        `fuzzed ${tally.bodies} bodies via inject: ${tally.refused} refused, ${tally.accepted} accepted (valid with extra keys)`,
      );
    }, 120_000);

    it.each(['/order/status', '/order/cancel', '/order/release'])(
      'answers 600 fuzzed bodies on %s with JSON in its schema and never a 5xx',
      async (path) => {
        await fc.assert(
          fc.asyncProperty(selectorBody, async (body) => {
            const res = await server.inject({
              method: 'POST',
              url: path,
              payload: body.payload,
              headers: headersOf(body),
            });
            judgeOther(path, body, res.statusCode, res.payload);
          }),
          { numRuns: 600, seed: 20261201, endOnFailure: true },
        );
      },
      120_000,
    );

    it('leaves Object.prototype untouched after the fuzz run', () => {
      prototypeIsClean();
    });

    it('accepts a valid order right after the fuzz run', async () => {
      const res = await server.inject({
        method: 'POST',
        url: '/order',
        payload: shopOrder({ id: 'after-fuzz' }),
        headers: { authorization: 'Bearer fuzz', 'content-type': 'application/json' },
      });
      expect(res.statusCode).toBe(202);
      expect(JSON.parse(res.payload)).toMatchObject({ status: 'queued' });
    });
  });

  describe('over real sockets with keep-alive', () => {
    let mock: RunningMock;
    let agent: Agent;
    beforeAll(async () => {
      mock = await startMock({ port: 0, manual: true, rateLimit: 0 });
      agent = new Agent({ connections: 4, keepAliveTimeout: 10_000 });
    });
    afterAll(async () => {
      await agent.close();
      await mock.close();
    });

    it(`answers ${OVER_SOCKETS} bad bodies over HTTP without dropping a connection`, async () => {
      const tally = newTally();
      const bodies = fc.sample(fuzzBody, { numRuns: OVER_SOCKETS, seed: 7 });
      for (const body of bodies) {
        // undici rejects when the connection drops before an answer: that fails the test.
        const res = await request(`${mock.url}/order`, {
          method: 'POST',
          body: body.payload,
          headers: headersOf(body),
          dispatcher: agent,
        });
        judge(body, res.statusCode, await res.body.text(), tally);
      }
      expect(tally.bodies).toBe(OVER_SOCKETS);
      prototypeIsClean();
    }, 120_000);

    it('answers a body over the size limit 413 in JSON and keeps serving', async () => {
      const big = JSON.stringify({ ...shopOrder({ id: 'big' }), pad: 'x'.repeat(2 * 1024 * 1024) });
      const res = await request(`${mock.url}/order`, {
        method: 'POST',
        body: big,
        headers: { authorization: 'Bearer fuzz', 'content-type': 'application/json' },
        dispatcher: agent,
      });
      expect(res.statusCode).toBe(413);
      expect(await res.body.json()).toMatchObject({ status: 'error', reason: 'payload_too_large' });
      const after = await request(`${mock.url}/order`, {
        method: 'POST',
        body: JSON.stringify(shopOrder({ id: 'after-big' })),
        headers: { authorization: 'Bearer fuzz', 'content-type': 'application/json' },
        dispatcher: agent,
      });
      expect(after.statusCode).toBe(202);
      await after.body.dump();
    });

    it('accepts a valid order over HTTP right after the fuzz run', async () => {
      const res = await request(`${mock.url}/order`, {
        method: 'POST',
        body: JSON.stringify(shopOrder({ id: 'after-socket-fuzz' })),
        headers: { authorization: 'Bearer fuzz', 'content-type': 'application/json' },
        dispatcher: agent,
      });
      expect(res.statusCode).toBe(202);
      expect(await res.body.json()).toMatchObject({ status: 'queued' });
      expect(mock.orders.get('after-socket-fuzz')).toBeDefined();
    });
  });
});
