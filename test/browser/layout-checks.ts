import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * Geometry and accessibility checks run inside a real page: what a reader at that width sees,
 * measured from the layout, not guessed from the CSS.
 */

export interface Overflow {
  /** A short CSS-ish path of the element. */
  element: string;
  /** How many px its content sticks out. */
  by: number;
  why: string;
}

/**
 * Content wider than its box: an element whose content sticks out sideways while it neither
 * clips it with an ellipsis nor scrolls, or a box that scrolls sideways without saying so (the
 * pages mark such a box `data-overflows` and fade its edge; the docs add a hint line). The page
 * itself must not scroll sideways.
 */
export function overflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const out: Array<{ element: string; by: number; why: string }> = [];
    const name = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) {
        const cls = [...e.classList].slice(0, 2).join('.');
        parts.unshift(e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (cls ? `.${cls}` : ''));
      }
      return parts.join(' > ');
    };
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1)
      out.push({
        element: 'html',
        by: doc.scrollWidth - doc.clientWidth,
        why: 'page scrolls sideways',
      });
    for (const el of document.body.querySelectorAll('*')) {
      if (!(el instanceof HTMLElement)) continue;
      if (el.closest('svg')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'none' || el.offsetParent === null)
        continue;
      // Zero-size or visually hidden (the 1 px screen-reader-only pattern): nothing to see.
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
      const by = el.scrollWidth - el.clientWidth;
      if (by <= 1) continue;
      const x = style.overflowX;
      if (x === 'auto' || x === 'scroll') {
        const marked = el.hasAttribute('data-overflows');
        const faded = style.maskImage !== 'none' || style.webkitMaskImage !== 'none';
        if (!marked || !faded)
          out.push({ element: name(el), by, why: 'scrolls sideways without a visible sign' });
      } else if (x === 'hidden' || x === 'clip') {
        if (style.textOverflow !== 'ellipsis')
          out.push({ element: name(el), by, why: 'cut off without an ellipsis' });
      } else {
        out.push({ element: name(el), by, why: 'content sticks out of its box' });
      }
    }
    return out;
  });
}

/**
 * Identifiers that the layout broke over lines: `code` (and the given selectors) whose text has
 * no space or slash, rendered in more than one line box.
 */
export function brokenIdentifiers(page: Page, extra: string[] = []): Promise<string[]> {
  return page.evaluate((selectors) => {
    const out: string[] = [];
    const lineHeight = (el: Element): number => {
      const lh = parseFloat(getComputedStyle(el).lineHeight);
      return Number.isNaN(lh) ? parseFloat(getComputedStyle(el).fontSize) * 1.6 : lh;
    };
    for (const el of document.querySelectorAll(['code', ...selectors].join(','))) {
      if (el.closest('pre') || el.closest('svg')) continue;
      const text = (el.textContent ?? '').trim();
      if (!text || /[\s/]/.test(text)) continue;
      if ((el as HTMLElement).offsetParent === null && getComputedStyle(el).position !== 'fixed')
        continue;
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      const height = el.getBoundingClientRect().height;
      if (tops.size > 1 || height > lineHeight(el) * 1.5) out.push(text);
    }
    return out;
  }, extra);
}

/** Every box of the SVG diagram inside the area its scrolling container can show. */
export function unreachableNodes(page: Page, svg: string, container: string): Promise<string[]> {
  return page.evaluate(
    ([svgSel, boxSel]) => {
      const box = document.querySelector(boxSel!)!;
      const area = box.getBoundingClientRect();
      // What scrolling can bring into view: the container's scroll range, from its left edge.
      const left = area.left - box.scrollLeft;
      const right = left + box.scrollWidth;
      const out: string[] = [];
      for (const g of document.querySelectorAll(`${svgSel} g.node`)) {
        const r = g.getBoundingClientRect();
        if (r.left < left - 0.5 || r.right > right + 0.5 || r.width === 0)
          out.push(g.getAttribute('data-status') ?? '?');
      }
      return out;
    },
    [svg, container],
  );
}

/**
 * Edges of the SVG diagram that pass through a box other than their own ends: each path sampled
 * every 2 px along its length (getPointAtLength), tested against every node's rectangle.
 */
export function edgesThroughBoxes(page: Page, svg: string): Promise<string[]> {
  return page.evaluate((svgSel) => {
    const root = document.querySelector(svgSel)!;
    const boxes = [...root.querySelectorAll('g.node')].map((g) => {
      const r = g.querySelector('rect')!;
      return {
        status: g.getAttribute('data-status')!,
        x: r.x.baseVal.value,
        y: r.y.baseVal.value,
        w: r.width.baseVal.value,
        h: r.height.baseVal.value,
      };
    });
    const out: string[] = [];
    for (const path of root.querySelectorAll<SVGPathElement>('path.edge')) {
      const from = path.getAttribute('data-from');
      const to = path.getAttribute('data-to');
      const length = path.getTotalLength();
      for (let s = 0; s <= length; s += 2) {
        const p = path.getPointAtLength(s);
        const hit = boxes.find(
          (b) =>
            b.status !== from &&
            b.status !== to &&
            p.x > b.x + 0.5 &&
            p.x < b.x + b.w - 0.5 &&
            p.y > b.y + 0.5 &&
            p.y < b.y + b.h - 0.5,
        );
        if (hit) {
          out.push(`${from} → ${to} through ${hit.status}`);
          break;
        }
      }
    }
    return out;
  }, svg);
}

/** How many times two edges of the SVG diagram cross, sampled from their rendered paths. */
export function edgeCrossingCount(page: Page, svg: string): Promise<number> {
  return page.evaluate((svgSel) => {
    const root = document.querySelector(svgSel)!;
    const boxes = [...root.querySelectorAll<SVGRectElement>('g.node rect')].map((r) => r.getBBox());
    const inBox = (x: number, y: number): boolean =>
      boxes.some(
        (b) => x > b.x - 3 && x < b.x + b.width + 3 && y > b.y - 3 && y < b.y + b.height + 3,
      );
    const lines = [...root.querySelectorAll<SVGPathElement>('path.edge')].map((path) => {
      const pts: Array<{ x: number; y: number }> = [];
      const length = path.getTotalLength();
      for (let s = 0; s <= length; s += 3) pts.push(path.getPointAtLength(s));
      pts.push(path.getPointAtLength(length));
      return pts;
    });
    const cross = (
      a: { x: number; y: number },
      b: { x: number; y: number },
      c: { x: number; y: number },
      d: { x: number; y: number },
    ): { x: number; y: number } | undefined => {
      const den = (b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x);
      if (Math.abs(den) < 1e-9) return undefined;
      const t = ((c.x - a.x) * (d.y - c.y) - (c.y - a.y) * (d.x - c.x)) / den;
      const u = ((c.x - a.x) * (b.y - a.y) - (c.y - a.y) * (b.x - a.x)) / den;
      if (t < 0 || t > 1 || u < 0 || u > 1) return undefined;
      return { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
    };
    let count = 0;
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const p = lines[i]!;
        const q = lines[j]!;
        let found: { x: number; y: number } | undefined;
        for (let a = 1; a < p.length; a++) {
          for (let b = 1; b < q.length; b++) {
            const x = cross(p[a - 1]!, p[a]!, q[b - 1]!, q[b]!);
            // One crossing per place: points within 6 px of the last one found are the same.
            if (x && !inBox(x.x, x.y) && !(found && Math.hypot(x.x - found.x, x.y - found.y) < 6)) {
              found = x;
              count++;
            }
          }
        }
      }
    }
    return count;
  }, svg);
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.x A and AA). */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            o: unknown,
          ) => Promise<{
            violations: Array<{
              id: string;
              impact?: string | null;
              help: string;
              nodes: Array<{ target: unknown[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
