import { HAPPY_PATH, LIFECYCLE_EDGES } from '../contract/lifecycle.js';
import { STATUS_CATALOG, STATUSES, type ProboStatus } from '../contract/statuses.js';
import { escapeHtml } from './html.js';

/**
 * The order lifecycle as an SVG, laid out from the catalog's ranks (one row per rank) and the
 * lifecycle edges: nothing about the picture is written by hand, so it follows the data.
 */

const CHAR_WIDTH = 7.4;
const NODE_HEIGHT = 34;
const ROW_GAP = 70;
const NODE_GAP = 22;
const MARGIN = 24;

interface Node {
  status: ProboStatus;
  /** Row index in the drawing (ranks, split by sideways steps). */
  rank: number;
  /** The label, on one line or (long names) two, broken after an underscore. */
  lines: string[];
  width: number;
  height: number;
  x: number; // centre
  y: number; // centre
}

/**
 * Rows: one per rank, and inside a rank one more per sideways step (in transit → delayed →
 * …), so that sideways moves inside the carrier's transport band also read top to bottom.
 */
function rowsOf(): ProboStatus[][] {
  const rows: ProboStatus[][] = [];
  const ranks = [...new Set(STATUSES.map((s) => STATUS_CATALOG[s].rank))].sort((a, b) => a - b);
  for (const rank of ranks) {
    const members = STATUSES.filter((s) => STATUS_CATALOG[s].rank === rank);
    const inRank = (s: ProboStatus): boolean => members.includes(s);
    // Entered from an earlier rank (or from nowhere): the rank's first row.
    const entries = members.filter(
      (s) =>
        !LIFECYCLE_EDGES.some(([a, b]) => b === s && inRank(a)) ||
        LIFECYCLE_EDGES.some(([a, b]) => b === s && !inRank(a)),
    );
    const level = new Map<ProboStatus, number>(members.map((s) => [s, 0]));
    for (let pass = 0; pass < members.length; pass++) {
      for (const [a, b] of LIFECYCLE_EDGES) {
        if (inRank(a) && inRank(b) && !entries.includes(b)) {
          level.set(b, Math.max(level.get(b)!, level.get(a)! + 1));
        }
      }
    }
    const depth = Math.max(...level.values());
    for (let l = 0; l <= depth; l++) rows.push(members.filter((s) => level.get(s) === l));
  }
  return rows;
}

const LONG_LABEL = 28;

function box(status: ProboStatus): Pick<Node, 'lines' | 'width' | 'height'> {
  let lines: string[] = [status];
  if (status.length > LONG_LABEL) {
    // Break at the underscore nearest the middle, keeping it at the end of the first line.
    const cuts = [...status.matchAll(/_/g)].map((m) => m.index + 1);
    const cut = cuts.reduce((a, b) =>
      Math.abs(b - status.length / 2) < Math.abs(a - status.length / 2) ? b : a,
    );
    lines = [status.slice(0, cut), status.slice(cut)];
  }
  const longest = Math.max(...lines.map((l) => l.length));
  return {
    lines,
    width: Math.max(96, Math.round(longest * CHAR_WIDTH + 28)),
    height: NODE_HEIGHT + (lines.length - 1) * 14,
  };
}

/**
 * Places each row around a centre column that holds the happy path, so the main line reads
 * straight down; other statuses go left or right of it, near the statuses they come from.
 */
function layout(): { nodes: Map<ProboStatus, Node>; width: number; height: number } {
  const nodes = new Map<ProboStatus, Node>();
  const rows = rowsOf();
  rows.forEach((row, r) => {
    const made = row.map((status): Node => ({
      status,
      rank: r,
      ...box(status),
      x: 0,
      y: MARGIN + NODE_HEIGHT / 2 + r * ROW_GAP,
    }));
    // Where each node would like to be: the mean x of its predecessors already placed.
    const desired = new Map<ProboStatus, number>();
    for (const n of made) {
      const xs = LIFECYCLE_EDGES.filter(([a, b]) => b === n.status && nodes.has(a)).map(
        ([a]) => nodes.get(a)!.x,
      );
      // A dead end off the main line sits under its outermost predecessor, out of the way of
      // the edges that pass its row on their way down; other nodes under the mean.
      const deadEnd =
        !HAPPY_PATH.includes(n.status) && !LIFECYCLE_EDGES.some(([a]) => a === n.status);
      const mean = xs.length ? xs.reduce((sum, x) => sum + x, 0) / xs.length : 0;
      const outer = xs.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a), mean);
      desired.set(n.status, deadEnd ? outer : mean);
    }
    const spine = made.find((n) => HAPPY_PATH.includes(n.status));
    const others = made
      .filter((n) => n !== spine)
      .sort(
        (a, b) =>
          desired.get(a.status)! - desired.get(b.status)! ||
          STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status),
      );
    // Ties at the centre: statuses that lead only back to the main line go right, the ones
    // that branch further (pickup, return) go left together; without that split, alternate.
    const branches = (n: Node): boolean =>
      LIFECYCLE_EDGES.some(([a, b]) => a === n.status && !HAPPY_PATH.includes(b));
    const tied = others.filter((n) => Math.abs(desired.get(n.status)!) < 1);
    const split = tied.some(branches) && tied.some((n) => !branches(n));
    let flip = false;
    const left: Node[] = [];
    const right: Node[] = [];
    for (const n of others) {
      const want = desired.get(n.status)!;
      const tie = Math.abs(want) < 1;
      const goLeft = tie ? (split ? branches(n) : (flip = !flip)) : want < 0;
      (goLeft ? left : right).push(n);
    }
    const half = spine ? spine.width / 2 + NODE_GAP : NODE_GAP * 1.5;
    if (spine) spine.x = 0;
    let edge = -half;
    for (const n of left.reverse()) {
      n.x = Math.min(desired.get(n.status)!, edge - n.width / 2);
      edge = n.x - n.width / 2 - NODE_GAP;
    }
    edge = half;
    for (const n of right) {
      n.x = Math.max(desired.get(n.status)!, edge + n.width / 2);
      edge = n.x + n.width / 2 + NODE_GAP;
    }
    for (const n of made) nodes.set(n.status, n);
  });
  const reach = Math.max(...[...nodes.values()].map((n) => Math.abs(n.x) + n.width / 2));
  const width = Math.round(2 * (reach + MARGIN + 30));
  for (const n of nodes.values()) n.x = Math.round(n.x + width / 2);
  const height = MARGIN * 2 + NODE_HEIGHT + (rows.length - 1) * ROW_GAP;
  return { nodes, width, height };
}

// Self-contained styling, so the SVG reads the same inline and opened on its own.
const SVG_STYLE = [
  '.lifecycle text{font:600 12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;fill:#1b2a3a}',
  '.lifecycle .edge{fill:none;stroke:#8a9bb0;stroke-width:1.4}',
  '.lifecycle .arrowhead{fill:#8a9bb0}',
  '.lifecycle .node rect{stroke-width:1.5}',
  '.lifecycle .by-probo rect{fill:#e6f0ff;stroke:#3b6fc4}',
  '.lifecycle .by-carrier rect{fill:#e5f6ef;stroke:#2f8f6a}',
  '.lifecycle .terminal rect{stroke-width:3;stroke:#1b2a3a}',
  '.lifecycle a:hover rect,.lifecycle a:focus rect{fill:#fff6d6}',
].join('');

function edgePath(from: Node, to: Node, all: Map<ProboStatus, Node>): string {
  if (from.rank === to.rank) {
    // Sideways within the transport band: an arc above (rightwards) or below (leftwards).
    const dir = to.x > from.x ? -1 : 1;
    const y = from.y + (dir * from.height) / 2;
    const lift = dir * (16 + Math.abs(to.x - from.x) * 0.12);
    const x1 = from.x + (to.x > from.x ? 1 : -1) * Math.min(from.width / 4, 30);
    const x2 = to.x - (to.x > from.x ? 1 : -1) * Math.min(to.width / 4, 30);
    return `M${x1},${y} C${x1},${y + lift} ${x2},${y + lift} ${x2},${y}`;
  }
  if (to.rank < from.rank) {
    // A step back up (delayed → in transit again): around the outer side of both boxes.
    const side = from.x >= to.x ? 1 : -1;
    const x1 = from.x + (side * from.width) / 2;
    const x2 = to.x + (side * to.width) / 2;
    const out = side > 0 ? Math.max(x1, x2) + 36 : Math.min(x1, x2) - 36;
    return `M${x1},${from.y} C${out},${from.y} ${out},${to.y} ${x2},${to.y}`;
  }
  // Downwards: a smooth S through waypoints that step around any box in the rows between.
  const points: Array<[number, number]> = [[from.x, from.y + from.height / 2]];
  const end: [number, number] = [to.x, to.y - to.height / 2];
  for (const n of [...all.values()]
    .filter((n) => n.rank > from.rank && n.rank < to.rank)
    .sort((a, b) => a.rank - b.rank)) {
    const [px, py] = points[points.length - 1]!;
    const x = sCurveX(px, py, end[0], end[1], n.y);
    const pad = 14;
    if (x > n.x - n.width / 2 - pad && x < n.x + n.width / 2 + pad) {
      const goLeft = Math.abs(x - (n.x - n.width / 2)) < Math.abs(x - (n.x + n.width / 2));
      points.push([goLeft ? n.x - n.width / 2 - pad - 4 : n.x + n.width / 2 + pad + 4, n.y]);
    }
  }
  points.push(end);
  let d = `M${points[0]![0]},${points[0]![1]}`;
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1]!;
    const [x2, y2] = points[i]!;
    const mid = (y1 + y2) / 2;
    d += ` C${x1},${mid} ${x2},${mid} ${x2},${y2}`;
  }
  return d;
}

/** The x of the S-curve from (x1,y1) to (x2,y2) (vertical tangents) at height y. */
function sCurveX(x1: number, y1: number, x2: number, y2: number, y: number): number {
  const mid = (y1 + y2) / 2;
  let best = x1;
  let bestDy = Infinity;
  for (let i = 0; i <= 64; i++) {
    const t = i / 64;
    const u = 1 - t;
    const by = u * u * u * y1 + 3 * u * u * t * mid + 3 * u * t * t * mid + t * t * t * y2;
    const bx = u * u * u * x1 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x2;
    if (Math.abs(by - y) < bestDy) {
      bestDy = Math.abs(by - y);
      best = bx;
    }
  }
  return best;
}

/** The diagram as standalone SVG markup; `hrefFor` links each status to its page. */
export function lifecycleSvg(hrefFor: (status: ProboStatus) => string | undefined): string {
  const { nodes, width, height } = layout();
  const edges = LIFECYCLE_EDGES.map(([a, b]) => {
    const d = edgePath(nodes.get(a)!, nodes.get(b)!, nodes);
    return `<path class="edge" d="${d}" marker-end="url(#arrow)"><title>${a} → ${b}</title></path>`;
  });
  const boxes = [...nodes.values()].map((n) => {
    const info = STATUS_CATALOG[n.status];
    const classes = [
      'node',
      info.setBy === 'carrier' ? 'by-carrier' : 'by-probo',
      info.terminal ? 'terminal' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const rect = `<rect x="${n.x - n.width / 2}" y="${n.y - n.height / 2}" width="${n.width}" height="${n.height}" rx="${info.terminal ? 4 : 17}"/>`;
    const top = n.y + 4 - ((n.lines.length - 1) * 14) / 2;
    const label = `<text x="${n.x}" y="${top}" text-anchor="middle">${n.lines
      .map((l, i) => `<tspan x="${n.x}" y="${top + i * 14}">${escapeHtml(l)}</tspan>`)
      .join('')}</text>`;
    const tip = `<title>${escapeHtml(`${n.status}: ${info.meaning} (set by ${info.setBy}${info.terminal ? '; terminal' : ''})`)}</title>`;
    const body = `<g class="${classes}" data-status="${n.status}">${tip}${rect}${label}</g>`;
    const href = hrefFor(n.status);
    return href ? `<a href="${escapeHtml(href)}">${body}</a>` : body;
  });
  return [
    `<svg class="lifecycle" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Order lifecycle: which status may follow which; square boxes are terminal">`,
    `<style>${SVG_STYLE}</style>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>',
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${boxes.join('')}</g>`,
    '</svg>',
  ].join('\n');
}
