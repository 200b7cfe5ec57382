/**
 * Safe HTML building: every interpolated value is escaped unless it is already a `SafeHtml`
 * (the result of `html` itself or of `raw`). Pages are built only through this, so schema
 * descriptions, fixture bodies and scenario names can never inject markup.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

type Part = SafeHtml | string | number | boolean | null | undefined | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; arrays are joined; null/false vanish. */
export function html(strings: TemplateStringsArray, ...values: Part[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Marks trusted markup (generated SVG, our own CSS) as safe. Never pass user data here. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** A table in the scrolling wrapper the stylesheet gives every docs table (phone widths). */
export function dataTable(className: string, headings: readonly string[], rows: Part): SafeHtml {
  return html`<div class="table-wrap scroller">
    <table class="${className}">
      <thead>
        <tr>
          ${headings.map((h) => html`<th>${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}
