import { describe, expect, it } from 'vitest';
import {
  canTransition,
  LIFECYCLE_TRANSITIONS,
  STATUSES,
  type ProboStatus,
} from '../../src/contract/index.js';
import { EdgeCounter } from '../../src/conformance/explore/edge-coverage.js';
import { buildSite } from '../../src/docs/index.js';

/** One step as the docs draw it: `from→to` and its line style's provenance. */
interface DrawnStep {
  edge: string;
  provenance: string;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The steps an SVG of the lifecycle draws, read from its markup only: each `path.edge` (both
 * ways when it has two arrowheads; from every status of the band when it leaves the band's
 * frame), and the band's frame (each of its statuses to each other one).
 */
function drawnSteps(svg: string): DrawnStep[] {
  const band = /<g class="band[^"]*"[^>]*>/.exec(svg)?.[0];
  const members = band ? attr(band, 'data-members')!.split(' ') : [];
  const steps: DrawnStep[] = [];
  for (const [tag] of svg.matchAll(/<path class="edge[^>]*>/g)) {
    const from = attr(tag, 'data-from')!;
    const to = attr(tag, 'data-to')!;
    const provenance = attr(tag, 'data-provenance')!;
    // The line style says the same as the data attribute: invented dashed, documented solid.
    expect(attr(tag, 'class')!.split(' ')).toContain(provenance);
    for (const f of from === 'transport-band' ? members : [from]) {
      steps.push({ edge: `${f}→${to}`, provenance });
      if (tag.includes('marker-start=')) steps.push({ edge: `${to}→${f}`, provenance });
    }
  }
  for (const a of members)
    for (const b of members)
      if (a !== b) steps.push({ edge: `${a}→${b}`, provenance: attr(band!, 'data-provenance')! });
  return steps;
}

describe('one lifecycle truth', async () => {
  const site = await buildSite();
  const pages = {
    'index.html': /<svg class="lifecycle"[\s\S]*?<\/svg>/.exec(site.get('index.html')!)![0],
    'lifecycle.svg': site.get('lifecycle.svg')!,
  };
  // What `verify --explore` counts as lifecycle coverage: every edge is missing from a new counter.
  const explored = new EdgeCounter().coverage().missing;

  it.each(Object.keys(pages))(
    'the diagram of %s draws exactly the edges verify --explore walks and counts',
    (page) => {
      const drawn = drawnSteps(pages[page as keyof typeof pages]).map((s) => s.edge);
      expect(new Set(drawn).size).toBe(drawn.length); // each edge drawn once
      expect(drawn.sort()).toEqual([...explored].sort());
      expect(explored).toHaveLength(LIFECYCLE_TRANSITIONS.length);
    },
  );

  it("draws each step's provenance as the schemas' x-status records it", () => {
    const drawn = new Map(drawnSteps(pages['index.html']).map((s) => [s.edge, s.provenance]));
    for (const t of LIFECYCLE_TRANSITIONS)
      expect(drawn.get(`${t.from}→${t.to}`), `${t.from}→${t.to}`).toBe(t.provenance);
  });

  it('lets a status follow another exactly when the drawn arrows lead from one to the other', () => {
    const drawn = drawnSteps(pages['index.html']).map((s) => s.edge.split('→') as ProboStatus[]);
    const reach = (from: ProboStatus): Set<ProboStatus> => {
      const seen = new Set<ProboStatus>();
      const todo = [from];
      while (todo.length) {
        const at = todo.pop()!;
        for (const [a, b] of drawn) {
          if (a !== at || seen.has(b)) continue;
          seen.add(b);
          todo.push(b);
        }
      }
      seen.delete(from);
      return seen;
    };
    for (const a of STATUSES) {
      const reachable = reach(a);
      for (const b of STATUSES) expect(canTransition(a, b), `${a} → ${b}`).toBe(reachable.has(b));
    }
  });

  it('says in the page which steps are documented and which invented', () => {
    const index = site.get('index.html')!;
    expect(index).toMatch(/documented: Probo(&#39;|')s guides show it/);
    expect(index).toMatch(/invented: probo-mock(&#39;|')s reading/);
    expect(index).toMatch(/Every step and its source \(40 steps, 4 documented\)/);
  });
});
