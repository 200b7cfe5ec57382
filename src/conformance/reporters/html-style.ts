/**
 * The HTML report's stylesheet, inlined into the one file: no fonts, images or scripts from
 * anywhere else, so the report opens the same from file:// on a plane. Long receiver text
 * (bodies, URLs, curl lines) wraps anywhere instead of widening the page, from 320 px phones up.
 */
export const HTML_REPORT_CSS = `
:root {
  color-scheme: light;
  --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --paper: #fff; --soft: #f6f8fa;
  --pass: #1a7f37; --fail: #b42318; --skip: #57606a; --warn: #7d4e00;
  --fail-soft: #fff1f0; --pass-soft: #effaf2; --warn-soft: #fff8e5;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--ink); background: var(--paper);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: #0550ae; }
code, pre { font-family: var(--mono); font-size: 0.86em; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
.skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: 0.5rem; }
.skip:focus { left: 0.5rem; z-index: 1; }
header.top { border-bottom: 1px solid var(--line); background: var(--soft); padding: 1.25rem 0 1rem; }
.tool { margin: 0; color: var(--muted); font-size: 0.9rem; }
h1 { margin: 0.15rem 0 0.5rem; font-size: 1.6rem; line-height: 1.25; }
h1.failed { color: var(--fail); }
h1.passed { color: var(--pass); }
h2 { font-size: 1.25rem; margin: 1.75rem 0 0.75rem; }
h3 { font-size: 1.05rem; margin: 0; overflow-wrap: anywhere; }
h4 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 1rem 0 0.35rem; }
.target { margin: 0 0 0.75rem; overflow-wrap: anywhere; }
.target code { font-size: 0.95em; }
.counts { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; margin: 0 0 0.75rem; }
.counts li { border: 1px solid var(--line); border-radius: 999px; padding: 0.15rem 0.75rem; background: var(--paper); font-weight: 600; }
.counts .failed { color: var(--fail); border-color: var(--fail); }
.counts .passed { color: var(--pass); border-color: var(--pass); }
.counts .skipped { color: var(--skip); }
.meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0; }
.meta div { display: flex; gap: 0.4rem; min-width: 0; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.note { border-left: 4px solid var(--warn); background: var(--warn-soft); color: var(--warn); padding: 0.5rem 0.75rem; margin: 0.75rem 0 0; overflow-wrap: anywhere; }
/* The shared cause stands before the failure cards: keep it off the first card. */
.note.shared-cause { margin: 0 0 1.25rem; }
.checks { list-style: none; padding: 0; margin: 0; border: 1px solid var(--line); border-radius: 8px; }
.checks li {
  display: grid; grid-template-columns: 1.5rem minmax(0, 1fr); gap: 0 0.5rem;
  padding: 0.5rem 0.75rem; border-top: 1px solid var(--line);
}
.checks li:first-child { border-top: 0; }
.checks li.failed { background: var(--fail-soft); }
.mark { margin-top: 0.2rem; fill: none; stroke: currentColor; stroke-width: 2.4; stroke-linecap: round; stroke-linejoin: round; }
.failed > .mark { color: var(--fail); }
.passed > .mark { color: var(--pass); }
.skipped > .mark { color: var(--skip); }
.check-main { min-width: 0; display: flex; flex-wrap: wrap; gap: 0 0.75rem; align-items: baseline; }
.check-id { font-family: var(--mono); font-size: 0.9rem; font-weight: 600; overflow-wrap: anywhere; }
.check-title { color: var(--muted); }
.check-result { grid-column: 2; min-width: 0; color: var(--muted); font-size: 0.9rem; overflow-wrap: anywhere; }
.failed > .check-result { color: var(--fail); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
article.failure-check { border: 1px solid var(--line); border-left: 4px solid var(--fail); border-radius: 8px; padding: 0.9rem 1rem; margin: 0 0 1.25rem; }
.subtitle { margin: 0.2rem 0 0; color: var(--muted); }
.fix { margin: 0.6rem 0 0; }
ol.failures { list-style: none; padding: 0; margin: 0; }
li.failure { border-top: 1px dashed var(--line); margin-top: 0.9rem; padding-top: 0.6rem; }
.message { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
ol.story { margin: 0; padding-left: 1.6rem; }
ol.story li { margin: 0.15rem 0; overflow-wrap: anywhere; }
.step { font-family: var(--mono); font-size: 0.86em; font-weight: 600; }
.answer { font-family: var(--mono); font-size: 0.86em; padding: 0 0.3rem; border-radius: 4px; background: var(--soft); }
.answer.bad { background: var(--fail-soft); color: var(--fail); }
.ms { color: var(--muted); font-size: 0.85em; white-space: nowrap; }
.wrap-any, .request { overflow-wrap: anywhere; }
p.request, p.meaning { margin: 0.2rem 0; }
.hint { margin: 0.75rem 0 0; padding: 0.5rem 0.75rem; background: var(--warn-soft); border-radius: 6px; overflow-wrap: anywhere; }
.replay { margin-top: 0.5rem; }
.replay-head { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; justify-content: space-between; }
.replay-head h4 { margin: 0.5rem 0 0.25rem; }
button.copy {
  font: inherit; font-size: 0.85rem; padding: 0.3rem 0.8rem; min-height: 2.25rem; cursor: pointer;
  border: 1px solid var(--line); border-radius: 6px; background: var(--paper); color: var(--ink);
}
button.copy:hover { background: var(--soft); }
button.copy:focus-visible, pre:focus-visible, a:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
pre {
  margin: 0; padding: 0.6rem 0.75rem; background: var(--soft); border: 1px solid var(--line); border-radius: 6px;
  white-space: pre-wrap; overflow-wrap: anywhere; max-height: 22rem; overflow-y: auto; overflow-x: hidden;
}
pre.body { max-height: 12rem; }
.cmd { display: block; padding-left: 1.5em; text-indent: -1.5em; }
.cmd + .cmd { margin-top: 0.35em; }
.toast { position: fixed; left: 50%; bottom: 1rem; transform: translateX(-50%); margin: 0; max-width: calc(100% - 2rem);
  background: var(--ink); color: var(--paper); padding: 0.4rem 0.9rem; border-radius: 6px; }
.toast:empty { display: none; }
footer { border-top: 1px solid var(--line); margin-top: 2rem; padding: 1rem 0 2rem; color: var(--muted); font-size: 0.9rem; overflow-wrap: anywhere; }
@media (min-width: 48rem) {
  .checks li { grid-template-columns: 1.5rem minmax(16rem, 22rem) minmax(0, 1fr); }
  .check-main { display: block; }
  .check-title { display: block; font-size: 0.9rem; }
  .check-result { grid-column: 3; }
}
@media print { button.copy, .toast, .skip { display: none; } pre { max-height: none; } }
`;
