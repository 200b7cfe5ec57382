// probo-mock inspector: live view of orders and deliveries, fed by server-sent events from
// GET /__mock/events (no polling). Plain DOM code; every value is set as text, never as HTML.
(function () {
  'use strict';

  const MAX_DELIVERIES = 5000;
  const state = {
    orders: new Map(),
    deliveries: [],
    selected: null,
    failedOnly: false,
    expanded: new Set(),
  };

  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k.startsWith('data-')) node.setAttribute(k, v);
      else node[k] = v;
    }
    for (const c of children) {
      if (c === undefined || c === null || c === false) continue;
      node.append(c instanceof window.Node ? c : document.createTextNode(String(c)));
    }
    return node;
  };

  const time = (iso) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime())
      ? ''
      : d.toLocaleTimeString([], { hour12: false }) +
          '.' +
          String(d.getMilliseconds()).padStart(3, '0');
  };
  const pretty = (text) => {
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      return text;
    }
  };
  // Status → tone ('warn' or 'done'), injected by the server from the schemas' `x-status.tone`.
  const tones = JSON.parse(document.getElementById('status-tones')?.textContent || '{}');
  const statusClass = (status) => (Object.hasOwn(tones, status) ? `pill ${tones[status]}` : 'pill');

  function deliveriesOf(key) {
    return state.deliveries.filter((d) => d.orderKey === key);
  }

  // ---- orders -------------------------------------------------------------------------------
  function renderOrders() {
    const list = $('order-list');
    const orders = [...state.orders.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    $('order-count').textContent = String(orders.length);
    $('no-orders').hidden = orders.length > 0;
    list.replaceChildren(
      ...orders.map((o) => {
        const ds = deliveriesOf(o.key);
        const failed = ds.filter((d) => d.outcome === 'failed').length;
        const ok = ds.filter((d) => d.outcome === 'delivered').length;
        const item = el(
          'li',
          {
            class:
              'order' +
              (o.key === state.selected ? ' selected' : '') +
              (failed ? ' has-failed' : ''),
            'data-order': o.key,
          },
          el(
            'button',
            { type: 'button', class: 'order-button' },
            el('span', { class: 'order-id' }, o.key),
            el('span', { class: statusClass(o.status) }, o.status || 'no status yet'),
            el(
              'span',
              { class: 'order-sub' },
              el('span', { class: 'scenario' }, o.scenario),
              el(
                'span',
                { class: 'counts' },
                `${ok} ok`,
                failed ? el('span', { class: 'bad-count' }, ` · ${failed} failed`) : '',
              ),
              o.manual && o.pendingSteps > 0
                ? el('span', { class: 'held' }, `${o.pendingSteps} held`)
                : '',
            ),
          ),
        );
        item.querySelector('button').addEventListener('click', () => select(o.key));
        return item;
      }),
    );
  }

  function select(key) {
    state.selected = key;
    state.expanded.clear();
    window.history.replaceState(null, '', '#order=' + encodeURIComponent(key));
    $('control-result').textContent = '';
    renderOrders();
    renderDetail();
  }

  // ---- one order ----------------------------------------------------------------------------
  function renderDetail() {
    const order = state.selected && state.orders.get(state.selected);
    $('order-empty').hidden = Boolean(order);
    $('order-detail').hidden = !order;
    if (!order) return;
    $('order-title').textContent = order.key;
    const pill = $('order-status');
    pill.className = statusClass(order.status);
    pill.textContent = order.status || 'no status yet';
    const meta = [
      ['Scenario', order.scenario],
      ['Reference', order.reference || '—'],
      ['Supplier order number', order.supplierOrderNumber],
      ['Order type', order.orderType],
      [
        'Callback URLs',
        order.callbackUrls.length ? order.callbackUrls.join('\n') : 'none: no callbacks are sent',
      ],
      ['Steps left', order.manual ? `${order.pendingSteps} (held: --manual)` : order.pendingSteps],
    ];
    if (order.duplicateOf) meta.splice(1, 0, ['Duplicate of', order.duplicateOf]);
    $('order-meta').replaceChildren(
      ...meta.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]),
    );
    $('advance-button').hidden = !(order.manual && order.pendingSteps > 0);
    renderTimeline();
  }

  function renderTimeline() {
    const all = deliveriesOf(state.selected);
    const failed = all.filter((d) => d.outcome === 'failed');
    const shown = state.failedOnly ? failed : all;
    $('delivery-count').textContent = String(all.length);
    $('failed-count').textContent = failed.length ? `(${failed.length})` : '';
    $('no-deliveries').hidden = shown.length > 0;
    $('no-deliveries').textContent =
      state.failedOnly && all.length ? 'No failed deliveries.' : 'No deliveries yet.';
    const rows = [];
    for (const d of shown) {
      const answer =
        d.responseStatus !== undefined ? String(d.responseStatus) : d.error ? d.error.code : '—';
      const row = el(
        'tr',
        {
          class: 'delivery ' + d.outcome + (state.expanded.has(d.seq) ? ' open' : ''),
          'data-seq': String(d.seq),
          'data-status': d.status,
          'data-outcome': d.outcome,
          tabIndex: 0,
          title: 'Show request and answer',
        },
        el('td', { class: 'num' }, d.seq),
        el('td', { class: 'time' }, time(d.at)),
        el(
          'td',
          {},
          el('code', {}, d.status),
          d.step === -1 ? el('span', { class: 'tag' }, 'pushed') : '',
        ),
        el('td', { class: 'url' }, d.url),
        el('td', { class: 'num' }, d.attempt),
        el(
          'td',
          {},
          el('span', { class: 'answer ' + d.outcome }, answer),
          d.outcome === 'retrying' ? el('span', { class: 'tag' }, 'retrying') : '',
        ),
        el('td', { class: 'num' }, `${Math.round(d.durationMs)} ms`),
      );
      const toggle = () => {
        if (state.expanded.has(d.seq)) state.expanded.delete(d.seq);
        else state.expanded.add(d.seq);
        renderTimeline();
      };
      row.addEventListener('click', toggle);
      row.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          toggle();
        }
      });
      rows.push(row);
      if (state.expanded.has(d.seq)) rows.push(detailRow(d));
    }
    $('timeline').tBodies[0].replaceChildren(...rows);
  }

  function detailRow(d) {
    const headers = Object.entries(d.requestHeaders || {})
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n');
    const answerHead = d.error
      ? `${d.error.code}: ${d.error.message}`
      : `HTTP ${d.responseStatus}${d.responseBody ? '' : ' (empty body)'}`;
    return el(
      'tr',
      { class: 'details' },
      el(
        'td',
        { colSpan: 7 },
        el(
          'div',
          { class: 'panes' },
          el(
            'div',
            {},
            el('h4', {}, 'Request'),
            el(
              'pre',
              { class: 'request-body' },
              (headers ? headers + '\n\n' : '') + pretty(d.requestBody),
            ),
          ),
          el(
            'div',
            {},
            el('h4', {}, 'Answer'),
            el(
              'pre',
              { class: 'response-body' },
              answerHead + (d.responseBody ? '\n\n' + pretty(d.responseBody) : ''),
            ),
          ),
        ),
      ),
    );
  }

  // ---- controls -----------------------------------------------------------------------------
  async function post(path, body) {
    const res = await fetch(path, {
      method: 'POST',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = { message: text };
    }
    if (!res.ok) throw new Error(json.message || json.error || `HTTP ${res.status}`);
    return json;
  }

  $('push-status').addEventListener('change', () => {
    $('variant-label').hidden = $('push-status').value !== 'not_accepted';
  });

  $('push-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const key = state.selected;
    if (!key) return;
    const body = { status: $('push-status').value };
    if (body.status === 'not_accepted') body.variant = $('push-variant').value;
    const out = $('control-result');
    out.className = 'result';
    out.textContent = 'pushing…';
    try {
      const answer = await post(`/__mock/orders/${encodeURIComponent(key)}/push`, body);
      out.textContent = `pushed ${body.status} to ${answer.deliveries} URL${answer.deliveries === 1 ? '' : 's'}`;
    } catch (error) {
      out.className = 'result bad';
      out.textContent = error.message;
    }
  });

  $('advance-button').addEventListener('click', async () => {
    const key = state.selected;
    const out = $('control-result');
    out.className = 'result';
    try {
      const answer = await post(`/__mock/orders/${encodeURIComponent(key)}/advance`);
      out.textContent = `advanced: ${answer.step.status}`;
    } catch (error) {
      out.className = 'result bad';
      out.textContent = error.message;
    }
  });

  $('failed-only').addEventListener('change', (e) => {
    state.failedOnly = e.target.checked;
    renderTimeline();
  });

  // ---- the event stream ---------------------------------------------------------------------
  // A burst of events is drawn once: renders are batched into one per 30 ms at most.
  let drawTimer = null;
  function redraw() {
    if (drawTimer !== null) return;
    drawTimer = setTimeout(() => {
      drawTimer = null;
      renderOrders();
      renderDetail();
    }, 30);
  }

  function connect() {
    const conn = $('connection');
    const source = new EventSource('/__mock/events');
    source.addEventListener('open', () => {
      conn.dataset.state = 'live';
      conn.textContent = 'live';
    });
    source.addEventListener('error', () => {
      conn.dataset.state = 'down';
      conn.textContent = 'reconnecting…';
    });
    source.addEventListener('snapshot', (e) => {
      const data = JSON.parse(e.data);
      state.orders = new Map(data.orders.map((o) => [o.key, o]));
      state.deliveries = data.deliveries;
      const wanted = decodeURIComponent(
        (window.location.hash.match(/order=([^&]+)/) || [])[1] || '',
      );
      if (!state.orders.has(state.selected))
        state.selected = state.orders.has(wanted) ? wanted : null;
      if (!state.selected && data.orders.length)
        state.selected = data.orders[data.orders.length - 1].key;
      renderOrders();
      renderDetail();
    });
    source.addEventListener('order', (e) => {
      const { type, order } = JSON.parse(e.data);
      state.orders.set(order.key, order);
      if (type === 'created' && !state.selected) state.selected = order.key;
      redraw();
    });
    source.addEventListener('delivery', (e) => {
      const entry = JSON.parse(e.data);
      state.deliveries.push(entry);
      if (state.deliveries.length > MAX_DELIVERIES)
        state.deliveries.splice(0, state.deliveries.length - MAX_DELIVERIES);
      redraw();
    });
    source.addEventListener('reset', () => {
      state.orders.clear();
      state.deliveries = [];
      state.selected = null;
      renderOrders();
      renderDetail();
    });
  }

  renderOrders();
  renderDetail();
  connect();
})();
