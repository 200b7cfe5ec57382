import { STATUSES, NOT_ACCEPTED_VARIANTS } from '../../contract/statuses.js';
import { STATUS_RECORDS } from '../../generated/statuses.js';
import { escapeHtml } from '../../docs/html.js';

/** The inspector's HTML shell; `inspector.js` fills it from the event stream. */
export function inspectorPage(): string {
  const options = STATUSES.map((s) => `<option value="${s}">${s}</option>`).join('');
  const variants = NOT_ACCEPTED_VARIANTS.map(
    (v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`,
  ).join('');
  // Each status's pill tone (`x-status.tone` in its schema), for inspector.js's statusClass.
  const tones = Object.fromEntries(
    STATUSES.flatMap((s) => {
      const tone = STATUS_RECORDS[s].tone;
      return tone ? [[s, tone]] : [];
    }),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>probo-mock inspector</title>
<link rel="stylesheet" href="/inspector/inspector.css">
</head>
<body>
<header class="bar">
  <strong class="brand">probo-mock inspector</strong>
  <span id="connection" class="conn" data-state="connecting" role="status">connecting…</span>
  <nav aria-label="Elsewhere"><a href="/docs/">Docs</a><a href="/docs/openapi.json">OpenAPI</a><a href="/__mock/health">Health</a></nav>
</header>
<main class="layout">
  <section class="orders" aria-labelledby="orders-heading">
    <div class="orders-head">
      <h2 id="orders-heading">Orders <span id="order-count" class="count">0</span></h2>
      <button type="button" id="reset-button" class="quiet" aria-expanded="false" aria-controls="reset-confirm">Reset…</button>
    </div>
    <div id="reset-confirm" class="confirm" role="group" aria-labelledby="reset-question" hidden>
      <p id="reset-question">Forget every order and the whole delivery journal? Scenarios in progress stop. This cannot be undone.</p>
      <button type="button" id="reset-yes" class="danger">Reset the mock</button>
      <button type="button" id="reset-no" class="quiet">Cancel</button>
    </div>
    <div class="order-filters" role="search">
      <label for="order-search" class="sr-only">Search orders</label>
      <input id="order-search" type="search" placeholder="Search id, reference, status, URL" autocomplete="off">
      <label for="order-filter" class="sr-only">Show</label>
      <select id="order-filter">
        <option value="">all orders</option>
        <option value="failed">with failed deliveries</option>
        <option value="warnings">with warnings</option>
        <optgroup label="in status">${options}</optgroup>
      </select>
    </div>
    <p id="order-shown" class="shown" role="status"></p>
    <p id="no-orders" class="empty">No orders yet. Post one to <code>POST /order</code> with <code>callback_urls</code>, and it shows up here live.</p>
    <p id="no-order-match" class="empty" hidden>No order matches: change the search or the filter.</p>
    <ul id="order-list"></ul>
  </section>
  <section class="detail" id="detail" aria-labelledby="order-title">
    <div id="order-empty" class="empty">Select an order to see its deliveries.</div>
    <div id="order-detail" hidden>
      <div class="order-head">
        <h2 id="order-title" tabindex="-1"></h2>
        <span class="order-badges"><span id="order-status" class="pill"></span><span id="order-achieved" class="dbadge"></span></span>
        <button type="button" id="resend-failed" class="quiet" hidden>Resend failed callbacks</button>
        <span id="resend-failed-result" class="result" role="status"></span>
      </div>
      <div id="order-warnings" class="warnings" role="note" hidden></div>
      <dl id="order-meta" class="meta"></dl>
      <details id="order-post" class="post">
        <summary>Order post: products, options, address, files</summary>
        <div id="order-post-body"></div>
      </details>
      <form id="push-form" class="controls">
        <label>Push status <select id="push-status" name="status">${options}</select></label>
        <label id="variant-label" hidden>variant <select id="push-variant" name="variant">${variants}</select></label>
        <button type="submit" id="push-button">Push</button>
        <button type="button" id="advance-button" hidden>Advance one step</button>
        <span id="control-result" class="result" role="status"></span>
      </form>
      <div class="timeline-head">
        <h3>Deliveries <span id="delivery-count" class="count">0</span> <span id="attempt-count" class="sub"></span></h3>
        <label class="filter"><input type="checkbox" id="failed-only"> failed only <span id="failed-count" class="bad-count"></span></label>
      </div>
      <p class="sub">One delivery is one step sent to one URL; its attempts (retries and resends) are inside it. Open one for the request and the answer.</p>
      <ol id="deliveries" class="deliveries"></ol>
      <p id="no-deliveries" class="empty">No deliveries yet.</p>
    </div>
  </section>
</main>
<script id="status-tones" type="application/json">${JSON.stringify(tones).replace(/</g, '\\u003c')}</script>
<script src="/inspector/inspector.js"></script>
</body>
</html>
`;
}
