import dagre from '@dagrejs/dagre';
import {
  HAPPY_PATH,
  LIFECYCLE_TRANSITIONS,
  TRANSPORT_BAND,
  type TransitionSource,
} from '../contract/lifecycle.js';
import { STATUS_CATALOG, STATUSES, type ProboStatus } from '../contract/statuses.js';
import { mulberry32 } from '../shared/seeded-random.js';
import { escapeHtml } from './html.js';

/**
 * The order lifecycle as an SVG, laid out by dagre (a layered graph layout: ranks by network
 * simplex, crossings minimised by barycentre sweeps, coordinates by Brandes–Köpf) from the
 * contract's statuses and edges when the docs are built. Nothing about the picture is written
 * by hand, so it follows the data; nothing is fetched, so it builds offline.
 *
 * The transport band (statuses that follow each other in any order) is one framed column marked
 * "any order" instead of an arrow per pair, and a step every status of the band takes is one
 * arrow out of the frame: both stand for every edge they sum up (see `drawnTransitions`).
 */

const CHAR_WIDTH = 7.4; // 12 px monospace
const NODE_HEIGHT = 32;
const PAD_X = 14;
const MARGIN = 16;
/** Radius of the rounded corners where an edge turns. */
const BEND = 10;
/** The band's frame: padding around its column, the strip for its label, the gap between boxes. */
const BAND_PAD = 10;
const BAND_HEADER = 22;
const BAND_GAP = 10;

/** What `data-from` says for an arrow out of the band's frame: it leaves every status in it. */
export const BAND_ID = 'transport-band';
type End = ProboStatus | typeof BAND_ID;

export interface DiagramNode {
  status: ProboStatus;
  x: number; // centre
  y: number; // centre
  width: number;
  height: number;
}

/** The transport band's frame, around its statuses (centre, like a node). */
export interface DiagramBand {
  members: readonly ProboStatus[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramEdge extends TransitionSource {
  /** A status, or BAND_ID for a step that every status of the band takes. */
  from: End;
  to: ProboStatus;
  /** Both ways (`a ⇄ b`): drawn once, with an arrowhead at each end. */
  both: boolean;
  /** The polyline, from `from`'s border to `to`'s border. */
  points: Array<{ x: number; y: number }>;
}

export interface DiagramLayout {
  nodes: Map<ProboStatus, DiagramNode>;
  band?: DiagramBand;
  edges: DiagramEdge[];
  width: number;
  height: number;
}

const key = (a: string, b: string): string => `${a}\u0000${b}`;
const inBand = (s: ProboStatus): boolean => TRANSPORT_BAND.includes(s);
const at = (s: End): number =>
  s === BAND_ID ? STATUSES.indexOf(TRANSPORT_BAND[0]!) : STATUSES.indexOf(s);

/**
 * The arrows to draw, and the transitions each stands for. Steps within the band are the frame,
 * not arrows; a step out of the band that every status of the band takes, with one provenance, is
 * one arrow from the frame; a pair of opposite steps is one arrow drawn both ways.
 */
export function drawnTransitions(): Array<
  Pick<DiagramEdge, 'from' | 'to' | 'both' | 'provenance' | 'why'>
> {
  const steps = LIFECYCLE_TRANSITIONS.filter((t) => !t.band);
  const out: Array<Pick<DiagramEdge, 'from' | 'to' | 'both' | 'provenance' | 'why'>> = [];
  const fromBand = new Set<string>();
  for (const t of steps) {
    if (!inBand(t.from) || inBand(t.to) || fromBand.has(t.to)) continue;
    const all = TRANSPORT_BAND.map((m) => steps.find((s) => s.from === m && s.to === t.to));
    if (all.every((s) => s !== undefined && s.provenance === t.provenance)) {
      fromBand.add(t.to);
      out.push({ from: BAND_ID, to: t.to, both: false, provenance: t.provenance, why: t.why });
    }
  }
  const all = new Set(steps.map((t) => key(t.from, t.to)));
  for (const t of steps) {
    if (inBand(t.from) && fromBand.has(t.to)) continue;
    const back = all.has(key(t.to, t.from));
    // Of a pair, keep the one going down the lifecycle.
    if (back && STATUSES.indexOf(t.from) > STATUSES.indexOf(t.to)) continue;
    out.push({ from: t.from, to: t.to, both: back, provenance: t.provenance, why: t.why });
  }
  // Fed to dagre in one canonical order (by status, then target), so the picture does not
  // depend on the order the schemas happen to list their edges in.
  return out.sort((x, y) => at(x.from) - at(y.from) || at(x.to) - at(y.to));
}

/**
 * The band's statuses top to bottom: the one entered from outside first, one with a step of
 * its own out of the band last, so that no arrow runs through the column.
 */
function bandColumn(edges: ReadonlyArray<Pick<DiagramEdge, 'from' | 'to'>>): ProboStatus[] {
  const score = (m: ProboStatus): number =>
    (edges.some((e) => e.to === m) ? -1 : 0) + (edges.some((e) => e.from === m) ? 1 : 0);
  return [...TRANSPORT_BAND].sort((a, b) => score(a) - score(b) || at(a) - at(b));
}

const nodeWidth = (status: ProboStatus): number =>
  Math.round(status.length * CHAR_WIDTH + 2 * PAD_X);

export interface Variant {
  ranker: 'network-simplex' | 'tight-tree' | 'longest-path';
  /** Order nodes and edges are fed in: dagre's ordering sweeps break ties by input order. */
  order: number;
  /** Dagre's node alignment (Brandes–Köpf direction); dagre balances all four when absent. */
  align?: 'UL' | 'UR' | 'DL' | 'DR';
}

export function runDagre(variant: Variant): DiagramLayout {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({
    rankdir: 'TB',
    ranker: variant.ranker,
    ...(variant.align ? { align: variant.align } : {}),
    nodesep: 22,
    edgesep: 18,
    ranksep: 38,
    marginx: MARGIN,
    marginy: MARGIN,
  });
  g.setDefaultEdgeLabel(() => ({}));
  const random = mulberry32(variant.order);
  const shuffled = <T>(items: readonly T[]): T[] =>
    variant.order === 0 ? [...items] : [...items].sort(() => random() - 0.5);
  const edges = drawnTransitions();
  const column = bandColumn(edges);
  // dagre lays the band out as one node (its frame); its statuses are placed inside it after.
  const layoutId = (s: End): string => (s === BAND_ID || inBand(s) ? BAND_ID : s);
  const bandSize = column.length
    ? {
        width: Math.max(...column.map(nodeWidth)) + 2 * BAND_PAD,
        height:
          BAND_HEADER + column.length * NODE_HEIGHT + (column.length - 1) * BAND_GAP + BAND_PAD,
      }
    : undefined;
  for (const id of shuffled([...new Set(STATUSES.map(layoutId))])) {
    g.setNode(
      id,
      id === BAND_ID ? bandSize! : { width: nodeWidth(id as ProboStatus), height: NODE_HEIGHT },
    );
  }
  for (const e of shuffled(edges)) {
    g.setEdge(layoutId(e.from), layoutId(e.to), { weight: 1, minlen: 1 });
  }
  dagre.layout(g);
  const nodes = new Map<ProboStatus, DiagramNode>();
  let band: DiagramBand | undefined;
  if (bandSize) {
    const f = g.node(BAND_ID);
    band = { members: column, x: f.x!, y: f.y!, ...bandSize };
    let top = f.y! - bandSize.height / 2 + BAND_HEADER;
    for (const status of column) {
      nodes.set(status, {
        status,
        x: f.x!,
        y: top + NODE_HEIGHT / 2,
        width: nodeWidth(status),
        height: NODE_HEIGHT,
      });
      top += NODE_HEIGHT + BAND_GAP;
    }
  }
  for (const status of STATUSES) {
    if (inBand(status)) continue;
    const n = g.node(status);
    nodes.set(status, { status, x: n.x!, y: n.y!, width: n.width, height: n.height });
  }
  const laid = edges.map((e): DiagramEdge => {
    const raw = g.edge(layoutId(e.from), layoutId(e.to)).points ?? [];
    const points = raw.map((p: { x: number; y: number }) => ({ x: p.x, y: p.y }));
    const routed = throughBands(points, nodes, band, e);
    return { ...e, points: band ? sideways(routed, nodes, band, e) : routed };
  });
  spreadPorts(laid, nodes, band);
  const graph = g.graph();
  return {
    nodes,
    ...(band ? { band } : {}),
    edges: laid,
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
  };
}

type Point = { x: number; y: number };

/** Where segments a–b and c–d cross (not merely touch at an end), if they do. */
function crossing(a: Point, b: Point, c: Point, d: Point): Point | undefined {
  const den = (b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x);
  if (Math.abs(den) < 1e-9) return undefined;
  const t = ((c.x - a.x) * (d.y - c.y) - (c.y - a.y) * (d.x - c.x)) / den;
  const u = ((c.x - a.x) * (b.y - a.y) - (c.y - a.y) * (b.x - a.x)) / den;
  const eps = 1e-6;
  if (t <= eps || t >= 1 - eps || u <= eps || u >= 1 - eps) return undefined;
  return { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
}

const inside = (p: Point, n: DiagramNode, pad = 0): boolean =>
  Math.abs(p.x - n.x) < n.width / 2 + pad && Math.abs(p.y - n.y) < n.height / 2 + pad;

/** Number of places where two edges cross, away from the boxes they start and end at. */
export function edgeCrossings(layout: DiagramLayout): number {
  let count = 0;
  const boxes = [...layout.nodes.values()];
  for (let i = 0; i < layout.edges.length; i++) {
    for (let j = i + 1; j < layout.edges.length; j++) {
      const p = layout.edges[i]!.points;
      const q = layout.edges[j]!.points;
      for (let a = 1; a < p.length; a++) {
        for (let b = 1; b < q.length; b++) {
          const x = crossing(p[a - 1]!, p[a]!, q[b - 1]!, q[b]!);
          if (x && !boxes.some((n) => inside(x, n, 2))) count++;
        }
      }
    }
  }
  return count;
}

/** Segments that run through a box other than their own edge's ends (sampled every 2 px). */
export function edgesThroughNodes(layout: DiagramLayout): string[] {
  const hits: string[] = [];
  for (const e of layout.edges) {
    for (const n of layout.nodes.values()) {
      if (n.status === e.from || n.status === e.to) continue;
      const through = e.points.some((p, i) => {
        const prev = e.points[i - 1];
        if (!prev) return false;
        const steps = Math.ceil(Math.hypot(p.x - prev.x, p.y - prev.y) / 2);
        for (let s = 0; s <= steps; s++) {
          const t = s / steps;
          if (inside({ x: prev.x + t * (p.x - prev.x), y: prev.y + t * (p.y - prev.y) }, n, 1))
            return true;
        }
        return false;
      });
      if (through) hits.push(`${e.from} → ${e.to} through ${n.status}`);
    }
  }
  return hits;
}

/** On the happy path (an arrow out of the band: when a status of the band on it takes it). */
const isMain = (e: Pick<DiagramEdge, 'from' | 'to'>): boolean =>
  (e.from === BAND_ID
    ? TRANSPORT_BAND.some((m) => HAPPY_PATH.includes(m))
    : HAPPY_PATH.includes(e.from)) && HAPPY_PATH.includes(e.to);

/** The box an edge end attaches to: a status's, or the band's frame. */
type Box = Pick<DiagramNode, 'x' | 'y' | 'width' | 'height'> & { status: End };
const bandBox = (band: DiagramBand): Box => ({ ...band, status: BAND_ID });

/** Sideways travel along the happy path's edges: 0 when it reads straight down. */
function mainLineDrift(layout: DiagramLayout): number {
  let sum = 0;
  for (const e of layout.edges.filter(isMain))
    for (let i = 1; i < e.points.length; i++) sum += Math.abs(e.points[i]!.x - e.points[i - 1]!.x);
  return sum;
}

/** How good a layout reads: lower is better. A crossing costs as much as 200 px of drift. */
export function layoutScore(layout: DiagramLayout): number {
  return edgeCrossings(layout) * 200 + mainLineDrift(layout) + layout.width / 10;
}

/**
 * Dagre's crossing reduction is a heuristic whose result depends on its ranker and on the
 * order of ties, so its variants differ: this lays out `count` of them per ranker and keeps the
 * best one with no edge through a box. About 70 ms each, so the build does not search.
 */
export function searchLayouts(count: number): { variant: Variant; layout: DiagramLayout } {
  let best: { variant: Variant; layout: DiagramLayout; score: number } | undefined;
  for (const ranker of ['network-simplex', 'tight-tree'] as const) {
    for (let order = 0; order < count; order++) {
      // Up-left alignment keeps the main line at the left edge, where a phone opens the diagram.
      const variant: Variant = { ranker, order, align: 'UL' };
      const layout = runDagre(variant);
      const score = layoutScore(layout);
      if (best && score >= best.score) continue;
      if (edgesThroughNodes(layout).length === 0) best = { variant, layout, score };
    }
  }
  if (!best) throw new Error('no layout of the lifecycle keeps every edge clear of the boxes');
  return best;
}

/**
 * The variant the build uses: the best-scoring of 300 orders per ranker (up-left aligned, happy path
 * straight) for today's lifecycle (a unit
 * test checks that no variant of a smaller search beats it). Should the lifecycle change so
 * that it draws an edge through a box, the build searches instead.
 */
export const CHOSEN_VARIANT: Variant = { ranker: 'network-simplex', order: 14, align: 'UL' };

let cached: DiagramLayout | undefined;

/** The lifecycle laid out by dagre, top to bottom. Deterministic: same data, same picture. */
export function layoutLifecycle(): DiagramLayout {
  if (cached) return cached;
  const chosen = runDagre(CHOSEN_VARIANT);
  cached = edgesThroughNodes(chosen).length === 0 ? chosen : searchLayouts(12).layout;
  return cached;
}

/**
 * Dagre's bend points sit in the gaps between the boxes of each row; a straight line from one
 * to the next can still clip a box's corner while it crosses that row. So each bend inside a row
 * becomes a vertical run through the whole height of the row: between rows there are no boxes.
 */
function throughBands(
  points: Point[],
  nodes: Map<ProboStatus, DiagramNode>,
  band: DiagramBand | undefined,
  edge: Pick<DiagramEdge, 'from' | 'to'>,
): Point[] {
  // The band's frame is one box in its row (its statuses are inside it).
  const touchesBand = edge.from === BAND_ID || inBand(edge.from as ProboStatus) || inBand(edge.to);
  const boxes: Box[] = [...nodes.values()].filter((n) => !inBand(n.status));
  if (band && !touchesBand) boxes.push(bandBox(band));
  const out: Point[] = [];
  points.forEach((p, i) => {
    const inner = i > 0 && i < points.length - 1;
    const row = inner
      ? boxes.find(
          (b) =>
            Math.abs(b.y - p.y) < b.height / 2 + 1 &&
            b.status !== edge.from &&
            b.status !== edge.to,
        )
      : undefined;
    if (!row) {
      out.push(p);
      return;
    }
    const half = row.height / 2 + 4;
    out.push({ x: p.x, y: row.y - half }, { x: p.x, y: row.y + half });
  });
  // The ends leave a box through its bottom and enter through its top (a side for an edge that
  // runs within one row), under the rounded corners, towards the next bend.
  const boxOf = (end: End): Box => (end === BAND_ID ? bandBox(band!) : nodes.get(end)!);
  attach(out, 0, 1, boxOf(edge.from));
  attach(out, out.length - 1, out.length - 2, boxOf(edge.to));
  return out.filter(
    (p, i) => i === 0 || Math.hypot(p.x - out[i - 1]!.x, p.y - out[i - 1]!.y) > 0.5,
  );
}

/**
 * A step of one status of the band to a status outside it (`shipment_available_at_pickup_point
 * → shipment_picked_up`) leaves its box through the side, out of the frame, and then turns
 * towards its target: so it reads as that status's own step, unlike the arrows out of the
 * frame's bottom, which every status of the band takes. (Entering one, likewise.)
 */
function sideways(
  points: Point[],
  nodes: Map<ProboStatus, DiagramNode>,
  band: DiagramBand,
  edge: Pick<DiagramEdge, 'from' | 'to'>,
): Point[] {
  const top = band.y - band.height / 2;
  const bottom = band.y + band.height / 2;
  const outside = (p: Point): boolean => p.y < top - 0.5 || p.y > bottom + 0.5;
  const flip = (pts: Point[]): Point[] => [...pts].reverse();
  const leaving = edge.from !== BAND_ID && inBand(edge.from);
  const member = leaving ? (edge.from as ProboStatus) : edge.to;
  if (!inBand(member) || member === band.members[0]) return points;
  // Work on it as leaving the member; an edge entering one is the same path backwards.
  const rest = (leaving ? points : flip(points)).filter(outside);
  const box = nodes.get(member)!;
  const next = rest[0] ?? { x: box.x, y: bottom + 20 };
  const right = next.x >= band.x;
  const lane = right
    ? Math.max(next.x, band.x + band.width / 2 + 12)
    : Math.min(next.x, band.x - band.width / 2 - 12);
  const route = [
    { x: box.x + (right ? 1 : -1) * (box.width / 2), y: box.y },
    { x: lane, y: box.y },
    ...(Math.abs(lane - next.x) > 0.5 ? [{ x: lane, y: next.y - 12 }] : []),
    ...rest,
  ];
  return leaving ? route : flip(route);
}

function attach(points: Point[], end: number, toward: number, box: Box): void {
  const next = points[toward];
  const p = points[end];
  if (!next || !p) return;
  const inset = Math.min(box.width / 2 - 1, 18);
  if (Math.abs(next.y - box.y) <= box.height / 2) {
    // The next bend is level with the box: leave through the side facing it.
    p.x = box.x + Math.sign(next.x - box.x) * (box.width / 2);
    p.y = box.y;
    return;
  }
  p.x = Math.max(box.x - box.width / 2 + inset, Math.min(box.x + box.width / 2 - inset, next.x));
  p.y = box.y + Math.sign(next.y - box.y) * (box.height / 2);
}

/** Gap between two edges leaving (or entering) the same side of a box. */
const PORT_GAP = 12;

/**
 * Edges that leave a box through the same side start side by side, in the order of where they
 * go (and likewise where they enter), instead of from one point.
 */
function spreadPorts(
  edges: DiagramEdge[],
  nodes: Map<ProboStatus, DiagramNode>,
  band: DiagramBand | undefined,
): void {
  const boxOf = (end: string): Box =>
    end === BAND_ID ? bandBox(band!) : nodes.get(end as ProboStatus)!;
  // `toward`: the far end of the edge, so that side-by-side edges do not cross each other.
  const sides = new Map<string, Array<{ point: Point; toward: Point }>>();
  const add = (status: End, point: Point | undefined, toward: Point | undefined): void => {
    const box = boxOf(status);
    if (!point || !toward || Math.abs(point.y - box.y) < box.height / 2 - 0.5) return;
    const side = `${status}:${point.y > box.y ? 'bottom' : 'top'}`;
    sides.set(side, [...(sides.get(side) ?? []), { point, toward }]);
  };
  for (const e of edges) {
    add(e.from, e.points[0], e.points[1]);
    add(e.to, e.points.at(-1), e.points.at(-2));
  }
  for (const [side, ports] of sides) {
    if (ports.length < 2) continue;
    const box = boxOf(side.slice(0, side.indexOf(':')));
    const inset = Math.min(box.width / 2 - 1, 18);
    const lo = box.x - box.width / 2 + inset;
    const hi = box.x + box.width / 2 - inset;
    ports.sort((a, b) => a.toward.x - b.toward.x);
    let x = -Infinity;
    for (const p of ports) x = p.point.x = Math.max(p.point.x, x + PORT_GAP);
    x = Infinity;
    for (const p of [...ports].reverse()) x = p.point.x = Math.min(p.point.x, x - PORT_GAP, hi);
    for (const p of ports) p.point.x = Math.max(p.point.x, lo);
  }
}

/** A polyline with its corners rounded (quadratic curves of radius BEND). */
function roundedPath(points: Point[]): string {
  const f = (n: number): string => String(Math.round(n * 10) / 10);
  if (points.length === 0) return '';
  let d = `M${f(points[0]!.x)},${f(points[0]!.y)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1];
    if (!next) {
      d += ` L${f(p.x)},${f(p.y)}`;
      break;
    }
    const prev = points[i - 1]!;
    const inLen = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLen = Math.hypot(next.x - p.x, next.y - p.y);
    const r = Math.min(BEND, inLen / 2, outLen / 2);
    const a = { x: p.x - ((p.x - prev.x) / inLen) * r, y: p.y - ((p.y - prev.y) / inLen) * r };
    const b = { x: p.x + ((next.x - p.x) / outLen) * r, y: p.y + ((next.y - p.y) / outLen) * r };
    d += ` L${f(a.x)},${f(a.y)} Q${f(p.x)},${f(p.y)} ${f(b.x)},${f(b.y)}`;
  }
  return d;
}

// Self-contained styling, so the SVG reads the same inline and opened on its own.
const SVG_STYLE = [
  '.lifecycle text{font:600 12px ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;fill:#1b2a3a}',
  '.lifecycle .edge{fill:none;stroke:#6f8298;stroke-width:1.4}',
  '.lifecycle .edge.main{stroke:#3b6fc4;stroke-width:2.2}',
  // Invented steps (probo-mock's reading of Probo's guides) dashed, documented ones solid.
  '.lifecycle .edge.invented,.lifecycle .edge.observed{stroke-dasharray:6 4}',
  '.lifecycle .arrowhead{fill:#6f8298}',
  '.lifecycle .band rect{fill:#f4fbf7;stroke:#2f8f6a;stroke-width:1.4}',
  '.lifecycle .band.invented rect,.lifecycle .band.observed rect{stroke-dasharray:6 4}',
  '.lifecycle .band text{font-weight:700;fill:#1f6b4e}',
  '.lifecycle .arrowhead.main{fill:#3b6fc4}',
  '.lifecycle .node rect{stroke-width:1.5}',
  '.lifecycle .by-probo rect{fill:#e6f0ff;stroke:#3b6fc4}',
  '.lifecycle .by-carrier rect{fill:#e5f6ef;stroke:#2f8f6a}',
  '.lifecycle .terminal rect{stroke-width:3;stroke:#1b2a3a}',
  '.lifecycle a:hover rect,.lifecycle a:focus rect{fill:#fff6d6}',
  '.lifecycle a:focus-visible rect{stroke:#b3261e;stroke-width:3}',
].join('');

/** The diagram as standalone SVG markup; `hrefFor` links each status to its page. */
export function lifecycleSvg(hrefFor: (status: ProboStatus) => string | undefined): string {
  const { nodes, band, edges, width, height } = layoutLifecycle();
  const paths = edges.map((e) => {
    const main = isMain(e);
    const arrow = main ? 'url(#arrow-main)' : 'url(#arrow)';
    const from = e.from === BAND_ID ? 'any status of the transport band' : e.from;
    const tip = `${from} ${e.both ? '⇄' : '→'} ${e.to} (${e.provenance}): ${e.why}`;
    return `<path class="edge ${e.provenance}${main ? ' main' : ''}" data-from="${e.from}" data-to="${e.to}" data-provenance="${e.provenance}" d="${roundedPath(e.points)}" marker-end="${arrow}"${e.both ? ` marker-start="${arrow}"` : ''}><title>${escapeHtml(tip)}</title></path>`;
  });
  const frame = band ? bandFrame(band) : '';
  const boxes = [...nodes.values()].map((n) => {
    const info = STATUS_CATALOG[n.status];
    const classes = [
      'node',
      info.setBy === 'carrier' ? 'by-carrier' : 'by-probo',
      info.terminal ? 'terminal' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const rect = `<rect x="${n.x - n.width / 2}" y="${n.y - n.height / 2}" width="${n.width}" height="${n.height}" rx="${info.terminal ? 4 : 16}"/>`;
    const label = `<text x="${n.x}" y="${n.y + 4}" text-anchor="middle">${escapeHtml(n.status)}</text>`;
    const tip = `<title>${escapeHtml(`${n.status}: ${info.meaning} (set by ${info.setBy}${info.terminal ? '; terminal' : ''})`)}</title>`;
    const body = `<g class="${classes}" data-status="${n.status}">${tip}${rect}${label}</g>`;
    const href = hrefFor(n.status);
    return href ? `<a href="${escapeHtml(href)}">${body}</a>` : body;
  });
  const marker = (id: string, cls: string): string =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="${cls}"/></marker>`;
  // With links inside it is a group of links (an `img` would hide them from assistive tech).
  const role = boxes.some((b) => b.startsWith('<a ')) ? 'group' : 'img';
  return [
    `<svg class="lifecycle" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="${role}" aria-label="Order lifecycle: which status may follow which; square boxes are terminal">`,
    `<style>${SVG_STYLE}</style>`,
    `<defs>${marker('arrow', 'arrowhead')}${marker('arrow-main', 'arrowhead main')}</defs>`,
    frame,
    `<g class="edges">${paths.join('')}</g>`,
    `<g class="nodes">${boxes.join('')}</g>`,
    '</svg>',
  ].join('\n');
}

/**
 * The band's frame: its statuses follow each other in any order, so the frame stands for an
 * edge from each of them to each other (`data-members`; the provenance is the band's).
 */
function bandFrame(band: DiagramBand): string {
  const source = LIFECYCLE_TRANSITIONS.find((t) => t.band)!;
  const left = band.x - band.width / 2;
  const top = band.y - band.height / 2;
  const tip = `The transport band (${source.provenance}): ${band.members.join(', ')} follow each other in any order; the latest one is the order's state. ${source.why}`;
  return [
    `<g class="band ${source.provenance}" data-members="${band.members.join(' ')}" data-provenance="${source.provenance}">`,
    `<title>${escapeHtml(tip)}</title>`,
    `<rect x="${left}" y="${top}" width="${band.width}" height="${band.height}" rx="10"/>`,
    `<text x="${left + BAND_PAD}" y="${top + 15}">any order</text>`,
    '</g>',
  ].join('');
}
