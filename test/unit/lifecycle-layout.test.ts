import { describe, expect, it } from 'vitest';
import { HAPPY_PATH, LIFECYCLE_EDGES, STATUSES, TRANSPORT_BAND } from '../../src/contract/index.js';
import {
  BAND_ID,
  CHOSEN_VARIANT,
  edgeCrossings,
  edgesThroughNodes,
  layoutLifecycle,
  layoutScore,
  runDagre,
  searchLayouts,
} from '../../src/docs/lifecycle-svg.js';
import { DEFAULT_STEP_DELAY_MS } from '../../src/docs/pages/scenario-page.js';
import { MOCK_DEFAULTS } from '../../src/mock/index.js';

describe('the lifecycle layout (dagre)', () => {
  const layout = layoutLifecycle();

  it('places every status, and draws every lifecycle edge (the band as its frame)', () => {
    expect([...layout.nodes.keys()].sort()).toEqual([...STATUSES].sort());
    const band = layout.band!;
    const drawn = new Set(
      layout.edges.flatMap((e) => {
        const froms = e.from === BAND_ID ? band.members : [e.from];
        return froms.flatMap((f) => (e.both ? [`${f}>${e.to}`, `${e.to}>${f}`] : [`${f}>${e.to}`]));
      }),
    );
    for (const a of band.members) for (const b of band.members) if (a !== b) drawn.add(`${a}>${b}`);
    expect(drawn).toEqual(new Set(LIFECYCLE_EDGES.map(([a, b]) => `${a}>${b}`)));
  });

  it('frames the transport band: its statuses in one column inside the frame, nothing else in it', () => {
    const band = layout.band!;
    expect([...band.members].sort()).toEqual([...TRANSPORT_BAND].sort());
    const within = (n: { x: number; y: number; width: number; height: number }) =>
      Math.abs(n.x - band.x) + n.width / 2 <= band.width / 2 &&
      Math.abs(n.y - band.y) + n.height / 2 <= band.height / 2;
    for (const n of layout.nodes.values())
      expect(within(n), n.status).toBe(TRANSPORT_BAND.includes(n.status));
  });

  it('runs no edge through a box and keeps boxes apart', () => {
    expect(edgesThroughNodes(layout)).toEqual([]);
    const boxes = [...layout.nodes.values()];
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const apart =
          Math.abs(a.x - b.x) >= (a.width + b.width) / 2 ||
          Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart, `${a.status} overlaps ${b.status}`).toBe(true);
      }
  });

  it('draws the happy path straight down, each status below the one before', () => {
    for (let i = 1; i < HAPPY_PATH.length; i++)
      expect(layout.nodes.get(HAPPY_PATH[i]!)!.y).toBeGreaterThan(
        layout.nodes.get(HAPPY_PATH[i - 1]!)!.y,
      );
    const xs = HAPPY_PATH.slice(0, -1).map((s) => layout.nodes.get(s)!.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(1);
  });

  it('uses a variant no other of a wider search beats, with no crossing', () => {
    const best = searchLayouts(20);
    expect(layoutScore(runDagre(CHOSEN_VARIANT))).toBeLessThanOrEqual(layoutScore(best.layout));
    expect(edgeCrossings(layout)).toBe(0);
  });

  it('is the same picture every time', () => {
    expect(JSON.stringify([...runDagre(CHOSEN_VARIANT).nodes])).toBe(
      JSON.stringify([...layout.nodes]),
    );
  });
});

describe('the scenario pages', () => {
  it("time steps with the mock's own default step delay", () => {
    expect(DEFAULT_STEP_DELAY_MS).toBe(MOCK_DEFAULTS.stepDelayMs);
  });
});
