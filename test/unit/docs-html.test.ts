import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/docs/index.js';
import { escapeHtml, html, raw } from '../../src/docs/html.js';
import { drawnTransitions, lifecycleSvg } from '../../src/docs/lifecycle-svg.js';
import { fixturesDir, schemasDir } from '../../src/shared/paths.js';

describe('html building', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const evil = `"><script>alert('x')</script>&`;
    expect(html`<a title="${evil}">${evil}</a>`.value).toBe(
      `<a title="${escapeHtml(evil)}">${escapeHtml(evil)}</a>`,
    );
    expect(escapeHtml(evil)).not.toMatch(/[<>"']/);
  });

  it('keeps markup that is already safe and drops null, undefined and false', () => {
    expect(
      html`<p>${raw('<b>ok</b>')}${null}${undefined}${false}${[html`<i>${'<'}</i>`, 1]}</p>`.value,
    ).toBe('<p><b>ok</b><i>&lt;</i>1</p>');
  });
});

describe('the lifecycle diagram', () => {
  it('draws one arrow per arrow of drawnTransitions, and links each status to its page', () => {
    const svg = lifecycleSvg((s) => (s === 'queued' ? 'messages/queued.html' : undefined));
    const arrows = drawnTransitions();
    expect(svg.match(/<path class="edge[ "]/g)).toHaveLength(arrows.length);
    expect(svg.match(/marker-start=/g) ?? []).toHaveLength(arrows.filter((a) => a.both).length);
    expect(svg.match(/<g class="band /g)).toHaveLength(1);
    expect(svg.match(/<a href=/g)).toHaveLength(1);
    expect(svg).toContain('<a href="messages/queued.html">');
  });
});

describe('a site built from schemas with markup in their words', () => {
  const dir = mkdtempSync(join(tmpdir(), 'probo-docs-evil-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the markup as text, never as elements', async () => {
    cpSync(schemasDir, dir, { recursive: true });
    writeFileSync(
      join(dir, 'callbacks/evil.schema.json'),
      JSON.stringify({
        $id: 'https://example.test/schemas/callbacks/evil.schema.json',
        title: 'Evil<script>alert(1)</script>',
        description: 'A <img src=x onerror=alert(2)> description with `<code>`',
        'x-provenance': 'invented',
        type: 'object',
        properties: {
          '<b>field</b>': { type: 'string', description: '"quoted" <i>words</i>' },
        },
      }),
    );
    const site = await buildSite({ schemasDir: dir, fixturesDir });
    const page = site.get('messages/evil.html')!;
    expect(page).toBeDefined();
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<b>field</b>');
    expect(page).toContain('Evil&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<code class="ident">&lt;code&gt;</code>');
    expect(page).toContain('&lt;b&gt;field&lt;/b&gt;');
    expect(site.get('index.html')).not.toContain('<img src=x');
  });
});
