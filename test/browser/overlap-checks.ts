import type { Page } from 'playwright-core';

/**
 * Text drawn over other text: every pair of text runs under `root` (each non-blank text node's
 * line boxes, from Range.getClientRects) from different elements whose boxes intersect by more
 * than a pixel each way. Each run counts only as far as the boxes that clip it (a scrolled box)
 * show it; what is not drawn (hidden, in a closed <details>, screen-reader only) is left out.
 */
export function overlappingText(page: Page, root: string): Promise<string[]> {
  return page.evaluate((rootSel) => {
    interface Run {
      el: Element;
      text: string;
      r: DOMRect;
    }
    const runs: Run[] = [];
    // The part of `r` that every clipping ancestor of `el` shows (undefined: none of it).
    const shown = (el: Element, r: DOMRect): DOMRect | undefined => {
      let { left, top, right, bottom } = r;
      for (let a: Element | null = el; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const box = a.getBoundingClientRect();
        left = Math.max(left, box.left);
        top = Math.max(top, box.top);
        right = Math.min(right, box.right);
        bottom = Math.min(bottom, box.bottom);
      }
      return right - left > 0.5 && bottom - top > 0.5
        ? new DOMRect(left, top, right - left, bottom - top)
        : undefined;
    };
    for (const base of document.querySelectorAll(rootSel)) {
      const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').trim();
        const el = n.parentElement;
        if (!text || !el) continue;
        // Not drawn: hidden, screen-reader only, or inside a closed <details> (whose content
        // Chromium still lays out, stacked, under content-visibility: hidden).
        if (el.closest('.sr, .sr-only, [hidden]')) continue;
        if (!el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }))
          continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const rect of range.getClientRects()) {
          const r = shown(el, rect);
          if (r) runs.push({ el, text: text.slice(0, 30), r });
        }
      }
    }
    const out: string[] = [];
    for (let i = 0; i < runs.length; i++) {
      for (let j = i + 1; j < runs.length; j++) {
        const a = runs[i]!;
        const b = runs[j]!;
        if (a.el === b.el) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 1 && y > 1) out.push(`"${a.text}" overlaps "${b.text}"`);
      }
    }
    return out;
  }, root);
}
