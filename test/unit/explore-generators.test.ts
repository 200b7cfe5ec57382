import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProboStatus, LIFECYCLE_EDGES, type Delivery } from '../../src/contract/index.js';
import {
  buildHistory,
  historyArbitrary,
  historyGenes,
  UNKNOWN_STATUSES,
} from '../../src/conformance/explore/history-arbitrary.js';
import { EdgeCounter } from '../../src/conformance/explore/edge-coverage.js';
import { walkLifecycle } from '../../src/conformance/explore/lifecycle-walk.js';
import { historyText } from '../../src/conformance/explore/history-bodies.js';

const GRAPH = new Set(LIFECYCLE_EDGES.map(([a, b]) => `${a}→${b}`));
const sample = (seed: number, n: number) => fc.sample(historyArbitrary, { seed, numRuns: n });

describe('the history generators of verify --explore', () => {
  it('walk only along edges of the lifecycle graph, from queued', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(59)), fc.option(fc.nat(20)), (choices, stop) => {
        const path = walkLifecycle(choices, stop ?? undefined);
        expect(path[0]).toBe('queued');
        for (let i = 1; i < path.length; i++)
          expect(GRAPH.has(`${path[i - 1]}→${path[i]}`)).toBe(true);
      }),
    );
  });

  it('fall back to the happy path when every choice is 0', () => {
    expect(walkLifecycle([])).toEqual([
      'queued',
      'accepted',
      'in_production',
      'logistics',
      'shipment_created',
      'shipment_scanned_by_carrier',
      'shipment_in_transit',
      'shipment_delivered',
    ]);
  });

  it('give the same histories for the same seed, and others for another', () => {
    expect(sample(3, 20)).toEqual(sample(3, 20));
    expect(sample(3, 20)).not.toEqual(sample(4, 20));
  });

  it('cover every edge of the lifecycle graph, the carrier branches included, in 1,000 histories', () => {
    const counter = new EdgeCounter();
    for (const h of sample(1, 1000)) counter.add(h.deliveries);
    expect(counter.coverage()).toEqual({ covered: GRAPH.size, total: GRAPH.size, missing: [] });
  });

  it('make skipped steps, redeliveries, reordering, unknown statuses, refusals and cancellations', () => {
    const all = sample(2, 500).map((h) => h.deliveries);
    const has = (test: (d: Delivery[]) => boolean) => all.filter(test).length;
    const statuses = (d: Delivery[]) => d.map((x) => x.status);
    expect(
      has((d) => !statuses(d).includes('accepted') && statuses(d).includes('in_production')),
    ).toBeGreaterThan(10);
    expect(has((d) => d.some((x, i) => i > 0 && d[i - 1]!.status === x.status))).toBeGreaterThan(
      50,
    );
    expect(has((d) => d.some((x) => !isProboStatus(x.status)))).toBeGreaterThan(50);
    expect(has((d) => d.some((x) => x.variant === 'duplicate-order'))).toBeGreaterThan(20);
    expect(has((d) => d.some((x) => x.variant === 'file-rejected'))).toBeGreaterThan(20);
    expect(has((d) => statuses(d).includes('canceled'))).toBeGreaterThan(20);
    expect(
      has((d) => {
        const i = statuses(d).indexOf('shipment_delivered');
        return (
          i >= 0 &&
          statuses(d)
            .slice(i + 1)
            .includes('shipment_in_transit')
        );
      }),
    ).toBeGreaterThan(5);
  });

  it('shrink towards nothing: every gene at its smallest drops every step', () => {
    const smallest = {
      choices: [],
      stopAfter: null,
      keep: Array(14).fill(0),
      copies: Array(14).fill(0),
      unknown: [],
      refusal: null,
      cancellation: null,
      swaps: [],
    };
    expect(buildHistory(smallest).deliveries).toEqual([]);
    expect(fc.sample(historyGenes, { seed: 1, numRuns: 1 })[0]!.keep).toHaveLength(14);
  });

  it('puts unknown statuses in between as well-known words Probo does not send', () => {
    const words = new Set(sample(5, 300).flatMap((h) => h.deliveries.map((d) => d.status)));
    for (const w of UNKNOWN_STATUSES) expect(words.has(w)).toBe(true);
    expect([...words].filter((w) => !isProboStatus(w)).sort()).toEqual(
      [...UNKNOWN_STATUSES].sort(),
    );
  });

  it('tell a history as a story, copies counted', () => {
    expect(
      historyText([
        { status: 'queued' },
        { status: 'accepted' },
        { status: 'accepted' },
        { status: 'on_hold' },
        { status: 'not_accepted', variant: 'duplicate-order' },
      ]),
    ).toBe('queued → accepted ×2 → on_hold (unknown) → not_accepted (duplicate-order)');
  });
});
