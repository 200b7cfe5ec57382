import { afterEach, describe, expect, it } from 'vitest';
import { verifyClient } from '../../src/conformance/client/index.js';
import { CLIENT_CHECK_IDS, type ClientCheckId } from '../../src/conformance/types.js';
import { startReferenceShop } from '../../src/receiver/reference-shop.js';
import { COARSE_STATE_MAP, coarseWord } from '../support/receivers/flawed-receivers.js';
import { freePort, startToyShop, type ShopFlaws } from '../support/shops/toy-shop.js';

/** One shop with one flaw, and the checks that must catch it (the flaw's own, and what it breaks). */
const FLAWED_SHOPS: { name: string; flaws: ShopFlaws; fails: ClientCheckId[] }[] = [
  {
    name: 'posts callback_url (singular)',
    flaws: { singularCallbackUrl: true },
    // No callbacks at all: every check that waits for one fails too.
    fails: [
      'client-posts-valid-order',
      'client-receives-callbacks',
      'client-survives-lost-answer',
      'client-cancels-order',
    ],
  },
  {
    name: 'does not retry a 503',
    flaws: { noRetry: true },
    fails: ['client-retries-server-error'],
  },
  {
    name: 'retries under a new id',
    flaws: { newIdOnRetry: true },
    fails: ['client-retries-server-error', 'client-survives-lost-answer'],
  },
  {
    name: "books its retry's duplicate refusal for its order",
    flaws: { booksDuplicateRefusal: true },
    fails: ['client-survives-lost-answer'],
  },
  {
    name: 'retries a 429 at once',
    flaws: { ignoresRateLimitReset: true },
    fails: ['client-honours-rate-limit'],
  },
  {
    name: 'polls by its own id as supplier_order_number',
    flaws: { pollsBySupplierNumber: true },
    fails: ['client-reconciles-missed-callbacks'],
  },
  {
    name: 'cancels with a body Probo does not take',
    flaws: { wrongCancelBody: true },
    fails: ['client-cancels-order'],
  },
];

const failedIds = (report: Awaited<ReturnType<typeof verifyClient>>) =>
  report.checks.filter((c) => c.outcome === 'failed').map((c) => c.id);

describe('verify-client against shops', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  it('has a flawed shop for every client check', () => {
    const covered = new Set(FLAWED_SHOPS.flatMap((s) => s.fails));
    expect(CLIENT_CHECK_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('passes every check against the reference shop', async () => {
    const port = await freePort();
    const shop = await startReferenceShop({ proboUrl: `http://127.0.0.1:${port}` });
    closers.push(shop.close);
    const report = await verifyClient({ ...shop.verifyClientOptions, port, seed: 3 });
    expect(report.checks.filter((c) => c.outcome !== 'passed')).toEqual([]);
    expect(report.summary.passed).toBe(CLIENT_CHECK_IDS.length);
    expect(report.mock).toBe(`http://127.0.0.1:${port}`);
  });

  it('passes every check against a shop that reports its own coarse words under a class map', async () => {
    const port = await freePort();
    const shop = await startToyShop({
      proboUrl: `http://127.0.0.1:${port}`,
      stateWord: coarseWord,
    });
    closers.push(shop.close);
    const report = await verifyClient({
      ...shop.hooks,
      stateMap: COARSE_STATE_MAP,
      port,
      seed: 4,
      settleMs: 2000,
    });
    expect(report.checks.filter((c) => c.outcome !== 'passed')).toEqual([]);
  });

  it('loses only the answer of a stored order: a refused post gets its 400, and the check says the order was refused', async () => {
    const port = await freePort();
    const shop = await startToyShop({
      proboUrl: `http://127.0.0.1:${port}`,
      flaws: { noDeliveries: true },
    });
    closers.push(shop.close);
    const report = await verifyClient({
      ...shop.hooks,
      port,
      only: ['client-survives-lost-answer'],
      settleMs: 500,
    });
    const failure = report.checks[0]!.failures[0]!;
    expect(failure.message).toBe(
      'the mock took no order for this check: the order post answered 400',
    );
    expect(failure.calls?.map((c) => [c.status, c.lost, c.played])).toEqual([
      [400, undefined, undefined],
    ]);
  });

  // Probo cancels an order posted with "order_type": "test"; the mock plays it all the same, so
  // the checks still grade the client, and the report says what the shop would get from Probo.
  const ORDER_TYPE_CHECKS: ClientCheckId[] = [
    'client-posts-valid-order',
    'client-receives-callbacks',
  ];
  async function verifyShopPosting(orderType: 'production' | 'test') {
    const port = await freePort();
    const shop = await startToyShop({ proboUrl: `http://127.0.0.1:${port}`, orderType });
    closers.push(shop.close);
    const report = await verifyClient({
      ...shop.hooks,
      port,
      only: ORDER_TYPE_CHECKS,
      settleMs: 2000,
    });
    expect(report.checks.map((c) => [c.id, c.outcome])).toEqual(
      ORDER_TYPE_CHECKS.map((id) => [id, 'passed']),
    );
    return report;
  }

  it('warns, once per check, when the shop posts "order_type": "test", and still grades it', async () => {
    const report = await verifyShopPosting('test');
    expect(report.warnings).toEqual(
      ORDER_TYPE_CHECKS.map(
        (id) =>
          `${id}: the shop posted "order_type": "test", which Probo cancels; each check played its own scenario regardless`,
      ),
    );
  });

  it('gives no order_type warning to a shop that posts "order_type": "production"', async () => {
    const report = await verifyShopPosting('production');
    expect(report.warnings ?? []).toEqual([]);
  });

  for (const flawed of FLAWED_SHOPS) {
    it(`fails ${flawed.fails.join(', ')} against a shop that ${flawed.name}, and passes the rest`, async () => {
      const port = await freePort();
      const shop = await startToyShop({
        proboUrl: `http://127.0.0.1:${port}`,
        flaws: flawed.flaws,
      });
      closers.push(shop.close);
      const report = await verifyClient({ ...shop.hooks, port, seed: 5, settleMs: 2000 });
      expect(failedIds(report)).toEqual(flawed.fails);
      expect(report.summary.passed).toBe(CLIENT_CHECK_IDS.length - flawed.fails.length);
      // Every failure says what the mock saw for the check.
      for (const check of report.checks.filter((c) => c.outcome === 'failed'))
        expect(check.failures[0]?.calls?.length ?? 0).toBeGreaterThan(0);
    });
  }
});
