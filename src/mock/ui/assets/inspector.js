// probo-mock inspector: live view of orders and deliveries, fed by server-sent events from
// GET /__mock/events (no polling). Plain DOM code; every value is set as text, never as HTML.
(function () {
  'use strict';

  const MAX_DELIVERIES = 5000;
  const PHONE = window.matchMedia('(max-width: 760px)');
  const state = {
    orders: new Map(),
    /** Journal entries (attempts), oldest first. */
    attempts: [],
    selected: null,
    failedOnly: false,
    search: '',
    filter: '',
    /** Delivery ids and attempt seqs whose <details> are open, kept across redraws. */
    openDeliveries: new Set(),
    openAttempts: new Set(),
    /** Per delivery id: what its Resend button said last. */
    resendNotes: new Map(),
    /** Delivery ids whose resend is on its way: their buttons stay disabled across redraws. */
    resending: new Set(),
    /** Per order key: its post, fetched when first shown ({post} or {error}). */
    posts: new Map(),
  };

  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role')
        node.setAttribute(k, v);
      else node[k] = v;
    }
    for (const c of children) {
      if (c === undefined || c === null || c === false || c === '') continue;
      node.append(c instanceof window.Node ? c : document.createTextNode(String(c)));
    }
    return node;
  };

  const pad = (n, width = 2) => String(n).padStart(width, '0');
  /**
   * `2026-12-07 09:41:02` (local time; `ms` adds `.123`): every time shown carries its date, in
   * one unambiguous form whatever the browser's locale.
   */
  const dateTime = (iso, ms = false) => {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return '—';
    const text =
      `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
      `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    return ms ? `${text}.${pad(d.getMilliseconds(), 3)}` : text;
  };
  const timeEl = (iso, cls, ms = false) =>
    el('time', { class: cls, dateTime: iso, title: iso }, dateTime(iso, ms));
  /** A `#order=…` hash, decoded; a malformed one (`%E0%A4%A`) is no order, not an error. */
  const hashOrder = () => {
    const raw = (window.location.hash.match(/order=([^&]+)/) || [])[1] || '';
    try {
      return decodeURIComponent(raw);
    } catch {
      return '';
    }
  };
  const pretty = (text) => {
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      return text;
    }
  };
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  // Status → tone ('warn' or 'done'), injected by the server from the schemas' `x-status.tone`.
  const tones = JSON.parse(document.getElementById('status-tones')?.textContent || '{}');
  const statusClass = (status) => (Object.hasOwn(tones, status) ? `pill ${tones[status]}` : 'pill');
  const answerOf = (a) =>
    a.responseStatus !== undefined ? String(a.responseStatus) : a.error ? a.error.code : '—';

  /**
   * The order's deliveries, each with its attempts, numbered per order in the order they began.
   * `attempts`: where to look (all of them, or the order's own, grouped once per redraw).
   */
  function deliveriesOf(key, attempts = state.attempts) {
    const byId = new Map();
    for (const a of attempts) {
      if (a.orderKey !== key) continue;
      let d = byId.get(a.deliveryId);
      if (!d) {
        d = { id: a.deliveryId, url: a.url, status: a.status, step: a.step, attempts: [] };
        byId.set(a.deliveryId, d);
      }
      d.attempts.push(a);
    }
    const list = [...byId.values()];
    list.forEach((d, i) => {
      d.number = i + 1;
      d.attempts.sort((x, y) => x.attempt - y.attempt || x.seq - y.seq);
      d.last = d.attempts[d.attempts.length - 1];
      d.outcome = d.last.outcome;
      d.trigger = d.attempts[0].trigger;
      d.next = d.outcome === 'retrying' ? d.last.nextAttemptAt : undefined;
    });
    return list;
  }

  /**
   * What the order's callbacks achieved at the shop, apart from the mock's own status: the
   * journal's attempts (the newest word, resends included), else the order's delivery summaries
   * (kept when the journal has dropped old attempts).
   */
  function achievement(o, ds) {
    const outcomes = new Map();
    for (const d of o.deliveries || []) outcomes.set(d.deliveryId, { outcome: d.outcome });
    for (const d of ds) outcomes.set(d.id, { outcome: d.outcome, next: d.next });
    const all = [...outcomes.values()];
    const total = all.length;
    const failed = all.filter((d) => d.outcome === 'failed' || d.outcome === 'interrupted').length;
    const retrying = all.filter((d) => d.outcome === 'retrying');
    const delivered = all.filter((d) => d.outcome === 'delivered').length;
    const next = retrying
      .map((d) => d.next)
      .filter(Boolean)
      .sort()[0];
    const counts = { total, failed, delivered, retrying: retrying.length, next };
    if (total === 0) {
      const none = !(o.callbackUrls && o.callbackUrls.length);
      return {
        ...counts,
        kind: 'none',
        text: none ? 'no callback URLs' : 'no callback sent yet',
        title: none ? 'The order has no callback_urls: nothing is sent' : '',
      };
    }
    if (failed > 0) {
      const also = retrying.length ? `, ${retrying.length} retrying` : '';
      return {
        ...counts,
        kind: 'failing',
        text: `${failed} of ${plural(total, 'callback')} failed${also}`,
        title: `${delivered} delivered, ${failed} failed after every retry${also}`,
      };
    }
    if (retrying.length > 0) {
      return {
        ...counts,
        kind: 'retrying',
        text: next ? `callbacks retrying, next ${dateTime(next)}` : 'callbacks retrying',
        title: `${delivered} of ${plural(total, 'callback')} delivered, ${retrying.length} waiting for a retry`,
      };
    }
    return {
      ...counts,
      kind: 'delivered',
      text: total === 1 ? 'the 1 callback delivered' : `all ${total} callbacks delivered`,
      title: 'Every callback sent so far was answered 2xx',
    };
  }

  function achievementBadge(a, id) {
    return el(
      'span',
      {
        class: 'dbadge ' + a.kind,
        id,
        'data-kind': a.kind,
        title: 'Callbacks at the shop: ' + (a.title || a.text),
      },
      a.text,
    );
  }

  /** The mock's own status of the order (what Probo would say), labelled as such. */
  function statusPill(o, id) {
    return el(
      'span',
      { class: statusClass(o.status), id, title: "The order's status at the mock" },
      o.status || 'no status yet',
    );
  }

  // ---- orders -------------------------------------------------------------------------------
  function orderText(o, ds) {
    const urls = ds.map((d) => d.url);
    // The tenant id too: typing a key's t_… narrows the list to that key's orders.
    const own = [o.key, o.id, o.reference, o.status, o.scenario, o.tenant];
    return [...own, ...(o.callbackUrls || []), ...urls].filter(Boolean).join(' ').toLowerCase();
  }

  function matches(o, ds) {
    const words = state.search.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length) {
      const text = orderText(o, ds);
      if (!words.every((w) => text.includes(w))) return false;
    }
    if (state.filter === 'failed') return achievement(o, ds).failed > 0;
    if (state.filter === 'warnings') return Boolean(o.warnings && o.warnings.length);
    if (state.filter) return o.status === state.filter;
    return true;
  }

  function renderOrders() {
    const list = $('order-list');
    const all = [...state.orders.values()].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    // Each order's attempts, in one pass: not a pass over every attempt per order.
    const attemptsOf = new Map();
    for (const a of state.attempts) {
      const mine = attemptsOf.get(a.orderKey);
      if (mine) mine.push(a);
      else attemptsOf.set(a.orderKey, [a]);
    }
    const rows = [];
    for (const o of all) {
      const ds = deliveriesOf(o.key, attemptsOf.get(o.key) ?? []);
      if (!matches(o, ds)) continue;
      const achieved = achievement(o, ds);
      const failed = achieved.failed;
      const warned = o.warnings && o.warnings.length;
      const button = el(
        'button',
        {
          type: 'button',
          class: 'order-button',
          'data-key': 'order:' + o.key,
          'aria-pressed': String(o.key === state.selected),
        },
        el('span', { class: 'order-id', title: o.key }, o.key),
        el('span', { class: 'order-badges' }, statusPill(o), achievementBadge(achieved)),
        el(
          'span',
          { class: 'order-sub' },
          el('span', { class: 'scenario' }, o.scenario),
          timeEl(o.createdAt, 'created'),
          warned
            ? el('span', { class: 'warned' }, `⚠ ${plural(o.warnings.length, 'warning')}`)
            : '',
          o.manual && o.pendingSteps > 0
            ? el('span', { class: 'held' }, `${o.pendingSteps} held`)
            : '',
        ),
      );
      button.addEventListener('click', () => select(o.key, true));
      rows.push(
        el(
          'li',
          {
            class:
              'order' +
              (o.key === state.selected ? ' selected' : '') +
              (failed ? ' has-failed' : ''),
            'data-order': o.key,
          },
          button,
        ),
      );
    }
    list.replaceChildren(...rows);
    $('order-count').textContent = String(all.length);
    $('no-orders').hidden = all.length > 0;
    $('no-order-match').hidden = !(all.length > 0 && rows.length === 0);
    const narrowed = state.search || state.filter;
    $('order-shown').textContent =
      narrowed && all.length ? `${rows.length} of ${all.length} shown` : '';
  }

  function select(key, chosen) {
    if (state.selected !== key) {
      state.openDeliveries.clear();
      state.openAttempts.clear();
    }
    state.selected = key;
    window.history.replaceState(null, '', '#order=' + encodeURIComponent(key));
    $('control-result').textContent = '';
    $('resend-failed-result').textContent = '';
    $('order-post').open = false;
    renderOrders();
    renderDetail();
    // On a phone the order is below the list: take the reader there.
    if (chosen && PHONE.matches) {
      $('detail').scrollIntoView({ block: 'start' });
      $('order-title').focus({ preventScroll: true });
    }
  }

  // ---- one order ----------------------------------------------------------------------------
  function renderWarnings(order) {
    const box = $('order-warnings');
    const warnings = order.warnings || [];
    box.hidden = warnings.length === 0;
    if (!warnings.length) return box.replaceChildren();
    box.replaceChildren(
      el('h3', {}, `⚠ ${plural(warnings.length, 'warning')} on this order`),
      el(
        'ul',
        {},
        ...warnings.map((w) =>
          typeof w === 'string'
            ? el('li', {}, w)
            : el(
                'li',
                {},
                w.pointer !== undefined ? el('code', { class: 'pointer' }, w.pointer) : '',
                w.pointer !== undefined ? ' ' : '',
                w.message || w.code || JSON.stringify(w),
              ),
        ),
      ),
    );
  }

  function renderDetail() {
    const order = state.selected && state.orders.get(state.selected);
    $('order-empty').hidden = Boolean(order);
    $('order-detail').hidden = !order;
    if (!order) return;
    $('order-title').textContent = order.key;
    const achieved = achievement(order, deliveriesOf(order.key));
    $('order-status').replaceWith(statusPill(order, 'order-status'));
    $('order-achieved').replaceWith(achievementBadge(achieved, 'order-achieved'));
    const resendFailed = $('resend-failed');
    resendFailed.hidden = achieved.failed === 0;
    resendFailed.textContent = `Resend ${plural(achieved.failed, 'failed callback')}`;
    renderWarnings(order);
    renderPost(order);
    const meta = [
      ['Scenario', order.scenario],
      ['Reference', order.reference || '—'],
      ['Supplier order number', order.supplierOrderNumber],
      ['Order type', order.orderType],
      ['Created', dateTime(order.createdAt, true), order.createdAt],
      ['Last change', dateTime(order.updatedAt, true), order.updatedAt],
      [
        'Callback URLs',
        order.callbackUrls.length ? order.callbackUrls : 'none: no callbacks are sent',
      ],
      ['Steps left', order.manual ? `${order.pendingSteps} (held: --manual)` : order.pendingSteps],
    ];
    if (order.duplicateOf) meta.splice(1, 0, ['Duplicate of', order.duplicateOf]);
    $('order-meta').replaceChildren(
      ...meta.flatMap(([k, v, title]) => [
        el('dt', {}, k),
        Array.isArray(v)
          ? el('dd', { class: 'urls' }, ...v.map((u) => el('code', { class: 'url', title: u }, u)))
          : el('dd', title ? { title } : {}, String(v)),
      ]),
    );
    $('advance-button').hidden = !(order.manual && order.pendingSteps > 0);
    renderDeliveries();
  }

  // ---- the order post, fetched when opened (the event stream leaves it out: it can be large) ---
  function renderPost(order) {
    const box = $('order-post');
    const body = $('order-post-body');
    if (!box.open) return;
    const kept = state.posts.get(order.key);
    // Drawn once per order and load: redraws for new deliveries leave it (and its scroll) alone.
    const drawn = `${order.key}\u0000${kept ? (kept.post ? 'post' : kept.error || 'loading') : ''}`;
    if (body.dataset.drawn === drawn) return;
    body.dataset.drawn = drawn;
    if (!kept) {
      state.posts.set(order.key, { loading: true });
      body.replaceChildren(el('p', { class: 'sub' }, 'loading the post…'));
      void loadPost(order.key);
      return;
    }
    if (kept.loading) return;
    if (kept.error) {
      body.replaceChildren(
        el('p', { class: 'result bad' }, `could not load the post: ${kept.error}`),
      );
      return;
    }
    body.replaceChildren(...postView(kept.post, order));
    markScrollers();
  }

  async function loadPost(key) {
    try {
      const res = await fetch(`/__mock/orders/${encodeURIComponent(key)}`);
      const json = await res.json();
      if (!res.ok) throw new Error(json.message || `HTTP ${res.status}`);
      state.posts.set(key, { post: json.order.post });
    } catch (error) {
      state.posts.set(key, { error: error.message });
    }
    const order = state.orders.get(key);
    if (order && state.selected === key) renderPost(order);
  }

  const show = (v) => (typeof v === 'string' ? v : JSON.stringify(v));

  function postView(post, order) {
    const products = Array.isArray(post.products) ? post.products : [];
    const deliveries = Array.isArray(post.deliveries) ? post.deliveries : [];
    const parts = [];
    parts.push(el('h4', {}, `Products (${products.length})`));
    parts.push(
      el(
        'ol',
        { class: 'post-products' },
        ...products.map((p) => {
          const options = Array.isArray(p.options) ? p.options : [];
          const files = Array.isArray(p.files) ? p.files : [];
          return el(
            'li',
            {},
            el(
              'p',
              { class: 'post-product' },
              el('code', {}, show(p.code ?? p.customer_code ?? '(no code)')),
              p.customer_code && p.code ? ` (customer code ${show(p.customer_code)})` : '',
              p.reference !== undefined ? ` · reference ${show(p.reference)}` : '',
            ),
            options.length
              ? el(
                  'ul',
                  { class: 'post-options', 'aria-label': 'Options' },
                  ...options.map((o) =>
                    el(
                      'li',
                      {},
                      el('code', {}, show(o.code ?? '?')),
                      o.value !== undefined ? ` = ${show(o.value)}` : '',
                    ),
                  ),
                )
              : el('p', { class: 'sub' }, 'no options'),
            files.length
              ? el(
                  'ul',
                  { class: 'post-files', 'aria-label': 'Files' },
                  ...files.map((f) =>
                    el(
                      'li',
                      {},
                      'file ',
                      el('code', { class: 'post-uri' }, show(f.uri ?? '(no uri)')),
                      f.page !== undefined ? ` · page ${show(f.page)}` : '',
                      f.side !== undefined ? ` · ${show(f.side)}` : '',
                    ),
                  ),
                )
              : el('p', { class: 'sub' }, p.uploader ? 'files: through the uploader' : 'no files'),
          );
        }),
      ),
    );
    parts.push(
      el('h4', {}, deliveries.length === 1 ? 'Delivery' : `Deliveries (${deliveries.length})`),
    );
    for (const d of deliveries) {
      const a = d.address || {};
      const lines = [
        a.company_name,
        [a.first_name, a.last_name].filter(Boolean).join(' '),
        [a.street, a.house_number, a.addition].filter((x) => x !== undefined && x !== '').join(' '),
        [a.postal_code, a.city].filter(Boolean).join(' '),
        a.country,
        a.phone,
        a.email,
      ].filter((x) => x !== undefined && x !== '');
      const method = d.shipping_method_code ?? d.shipping_method_preset;
      const date = d.delivery_date ?? d.delivery_date_preset;
      const shipping = [
        method !== undefined ? `shipping method ${show(method)}` : '',
        date !== undefined ? `delivery date ${show(date)}` : '',
      ]
        .filter(Boolean)
        .join(' · ');
      parts.push(
        el(
          'address',
          { class: 'post-address' },
          ...lines.flatMap((l, i) => (i ? [el('br'), show(l)] : [show(l)])),
        ),
      );
      if (shipping) parts.push(el('p', { class: 'sub' }, shipping));
    }
    const warned = (order.warnings || []).length;
    parts.push(
      el(
        'p',
        { class: 'sub' },
        `Contact ${post.contact_email ? show(post.contact_email) : '—'} · order type ${show(post.order_type ?? 'production')}` +
          (warned ? ` · taken with ${plural(warned, 'warning')} (above)` : ''),
      ),
    );
    const json = JSON.stringify(post, null, 2);
    const copied = el('span', { class: 'result', role: 'status' });
    const copyJson = el(
      'button',
      { type: 'button', class: 'quiet', 'data-key': 'copy-post' },
      'Copy JSON',
    );
    copyJson.addEventListener('click', () => copy(json, copied, 'post copied'));
    parts.push(
      el(
        'details',
        { class: 'post-json' },
        el('summary', {}, 'The post as JSON'),
        el('pre', { class: 'scroller' }, json),
        el('div', { class: 'copy' }, copyJson, copied),
      ),
    );
    return parts;
  }

  function renderDeliveries() {
    const all = deliveriesOf(state.selected);
    const failed = all.filter((d) => d.outcome === 'failed');
    const shown = state.failedOnly ? failed : all;
    const attempts = all.reduce((n, d) => n + d.attempts.length, 0);
    $('delivery-count').textContent = String(all.length);
    $('attempt-count').textContent =
      attempts > all.length ? `(${plural(attempts, 'attempt')})` : '';
    $('failed-count').textContent = failed.length ? `(${failed.length})` : '';
    $('no-deliveries').hidden = shown.length > 0;
    $('no-deliveries').textContent =
      state.failedOnly && all.length ? 'No failed deliveries.' : 'No deliveries yet.';
    $('deliveries').replaceChildren(...shown.map(deliveryItem));
  }

  function deliveryItem(d) {
    const open = state.openDeliveries.has(d.id);
    const details = el('details', { open });
    details.addEventListener('toggle', () => {
      if (details.open) state.openDeliveries.add(d.id);
      else state.openDeliveries.delete(d.id);
    });
    const tag = d.trigger || (d.step === -1 ? 'pushed' : '');
    const resent = d.attempts.filter((a) => a.resend).length;
    const summary = el(
      'summary',
      { 'data-key': 'delivery:' + d.id },
      el('span', { class: 'd-num', title: 'Delivery number in this order' }, `#${d.number}`),
      el(
        'span',
        { class: 'd-status' },
        el('code', {}, d.status),
        tag ? el('span', { class: 'tag' }, tag) : '',
      ),
      el('span', { class: 'd-url', title: d.url }, d.url),
      el(
        'span',
        { class: 'd-answer', title: answerOf(d.last) },
        el('span', { class: 'answer ' + d.outcome }, answerOf(d.last)),
      ),
      el(
        'span',
        { class: 'd-attempts' },
        plural(d.attempts.length, 'attempt') + (resent ? ` (${resent} resent)` : ''),
      ),
      timeEl(d.attempts[0].at, 'd-time'),
      // Its own line: what happens next, where a fixed column has no room for it.
      d.outcome === 'retrying'
        ? el(
            'span',
            { class: 'd-next' },
            d.next ? 'retrying: next attempt at ' : 'retrying',
            d.next ? el('time', { dateTime: d.next, title: d.next }, dateTime(d.next, true)) : '',
          )
        : d.outcome === 'interrupted'
          ? el(
              'span',
              { class: 'd-next' },
              'interrupted: cut off at shutdown, sent again on a restart with a durable store',
            )
          : '',
    );
    const note = state.resendNotes.get(d.id) || '';
    const resend = el(
      'button',
      {
        type: 'button',
        class: 'quiet',
        'data-key': 'resend:' + d.id,
        disabled: state.resending.has(d.id),
      },
      'Resend',
    );
    resend.addEventListener('click', () => resendDelivery(d.id));
    const body = el(
      'div',
      { class: 'd-body' },
      el(
        'div',
        { class: 'd-actions' },
        resend,
        el('span', { class: 'result', role: 'status' }, note),
        el('span', { class: 'sub' }, `delivery ${d.id}`),
      ),
      el(
        'ol',
        { class: 'attempts' },
        ...d.attempts.map((a, i) => attemptItem(a, i === d.attempts.length - 1)),
      ),
    );
    details.append(summary, body);
    return el(
      'li',
      {
        class: 'delivery ' + d.outcome,
        'data-delivery': d.id,
        'data-status': d.status,
        'data-outcome': d.outcome,
      },
      details,
    );
  }

  function attemptItem(a, last) {
    // The last attempt opens with its delivery; earlier ones when asked.
    const open = state.openAttempts.has(a.seq) || (last && !state.openAttempts.has(-a.seq));
    const details = el('details', { open, class: 'attempt' });
    details.addEventListener('toggle', () => {
      state.openAttempts.delete(a.seq);
      state.openAttempts.delete(-a.seq);
      if (details.open && !last) state.openAttempts.add(a.seq);
      if (!details.open && last) state.openAttempts.add(-a.seq);
    });
    const summary = el(
      'summary',
      { 'data-key': 'attempt:' + a.seq },
      el('span', {}, `Attempt ${a.attempt}`),
      a.resend ? el('span', { class: 'tag' }, 'resent') : '',
      el('span', { class: 'answer ' + a.outcome }, answerOf(a)),
      el('span', { class: 'sub' }, `${Math.round(a.durationMs)} ms`),
      timeEl(a.at, 'sub', true),
      a.outcome === 'retrying'
        ? el(
            'span',
            { class: 'tag' },
            a.nextAttemptAt ? `retried at ${dateTime(a.nextAttemptAt, true)}` : 'retried',
          )
        : '',
      a.outcome === 'interrupted' ? el('span', { class: 'tag' }, 'cut off at shutdown') : '',
    );
    const headerText = (h) =>
      Object.entries(h || {})
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n');
    const copyBody = el(
      'button',
      { type: 'button', class: 'quiet', 'data-key': 'copy-body:' + a.seq },
      'Copy body',
    );
    const copyCurl = el(
      'button',
      { type: 'button', class: 'quiet', 'data-key': 'copy-curl:' + a.seq },
      'Copy as curl',
    );
    const copied = el('span', { class: 'result', role: 'status' });
    copyBody.addEventListener('click', () => copy(a.requestBody, copied, 'body copied'));
    copyCurl.addEventListener('click', () => copy(curlOf(a), copied, 'curl command copied'));
    const answerLine = a.error
      ? `${a.error.code}: ${a.error.message}`
      : `HTTP ${a.responseStatus}${a.responseBody ? '' : ' (empty body)'}`;
    const responseHeaders = headerText(a.responseHeaders);
    const exchange = el(
      'div',
      { class: 'exchange' },
      el(
        'section',
        { class: 'request' },
        el('h4', {}, 'Request'),
        el(
          'p',
          { class: 'line' },
          el('code', { class: 'method' }, 'POST'),
          ' ',
          el('code', { class: 'url full scroller' }, a.url),
        ),
        el('h5', {}, 'Headers'),
        el('pre', { class: 'scroller request-headers' }, headerText(a.requestHeaders) || '(none)'),
        el('h5', {}, 'Body'),
        el('pre', { class: 'scroller request-body' }, pretty(a.requestBody)),
        el('div', { class: 'copy' }, copyBody, copyCurl, copied),
      ),
      el(
        'section',
        { class: 'response' },
        el('h4', {}, 'Answer'),
        el('p', { class: 'line' }, el('span', { class: 'answer ' + a.outcome }, answerLine)),
        el('h5', {}, 'Headers'),
        el(
          'pre',
          { class: 'scroller response-headers' },
          responseHeaders || (a.responseStatus === undefined ? '(no answer)' : '(not recorded)'),
        ),
        el('h5', {}, 'Body'),
        el(
          'pre',
          { class: 'scroller response-body' },
          a.responseBody ? pretty(a.responseBody) : '(empty)',
        ),
      ),
    );
    details.append(summary, exchange);
    return el('li', { 'data-seq': String(a.seq), 'data-attempt': String(a.attempt) }, details);
  }

  /** A shell-safe curl command that sends the same request again (redacted values stay so). */
  function curlOf(a) {
    const q = (s) => "'" + String(s).replace(/'/g, "'\\''") + "'";
    const lines = [`curl -X POST ${q(a.url)}`];
    for (const [k, v] of Object.entries(a.requestHeaders || {}))
      lines.push(`  -H ${q(`${k}: ${v}`)}`);
    lines.push(`  --data-raw ${q(a.requestBody)}`);
    return lines.join(' \\\n');
  }

  async function copy(text, out, done) {
    try {
      if (window.navigator.clipboard && window.isSecureContext)
        await window.navigator.clipboard.writeText(text);
      else {
        const area = el('textarea', { value: text, readOnly: true, class: 'offscreen' });
        document.body.append(area);
        area.select();
        const ok = document.execCommand('copy');
        area.remove();
        if (!ok) throw new Error('the browser refused');
      }
      out.className = 'result';
      out.textContent = done;
    } catch (error) {
      out.className = 'result bad';
      out.textContent = `could not copy: ${error.message}`;
    }
  }

  async function resendDelivery(id) {
    // One click, one resend: the button is redrawn disabled (here and by any redraw the event
    // stream causes) until the answer comes, so a second click cannot send it again.
    if (state.resending.has(id)) return;
    state.resending.add(id);
    state.resendNotes.set(id, 'resending…');
    renderDeliveries();
    // The delivery's latest attempt on the page (the event stream keeps only the newest ones).
    const latest = () => state.attempts.findLast((a) => a.deliveryId === id);
    const before = latest();
    try {
      await post(`/__mock/deliveries/${encodeURIComponent(id)}/resend`);
      // The resent attempt may have come on the event stream before this answer: name it then,
      // by the number its row shows.
      const now = latest();
      state.resendNotes.set(
        id,
        now !== before && now
          ? `resent: attempt ${now.attempt} below`
          : 'resent: the new attempt shows below when answered',
      );
    } catch (error) {
      state.resendNotes.set(id, `resend failed: ${error.message}`);
    } finally {
      state.resending.delete(id);
    }
    renderDeliveries();
  }

  // ---- controls -----------------------------------------------------------------------------
  /** Every admin call is JSON (the routes without a body ignore the `{}`). */
  async function post(path, body) {
    const res = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body || {}),
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

  $('order-post').addEventListener('toggle', () => {
    const order = state.selected && state.orders.get(state.selected);
    if (order) renderPost(order);
    markScrollers();
  });

  $('resend-failed').addEventListener('click', async () => {
    const key = state.selected;
    const out = $('resend-failed-result');
    const button = $('resend-failed');
    // One click, one resend: a second click while the first is on its way would send twice.
    button.disabled = true;
    out.className = 'result';
    out.textContent = 'resending…';
    try {
      const answer = await post(`/__mock/orders/${encodeURIComponent(key)}/resend-failed`);
      out.textContent = answer.resent.length
        ? `resent ${plural(answer.resent.length, 'callback')}: the new attempts show below when answered`
        : 'no failed callback to resend';
    } catch (error) {
      out.className = 'result bad';
      out.textContent = `resend failed: ${error.message}`;
    } finally {
      button.disabled = false;
    }
  });

  $('failed-only').addEventListener('change', (e) => {
    state.failedOnly = e.target.checked;
    renderDeliveries();
  });
  $('order-search').addEventListener('input', (e) => {
    state.search = e.target.value;
    renderOrders();
  });
  $('order-filter').addEventListener('change', (e) => {
    state.filter = e.target.value;
    renderOrders();
  });

  const confirmBox = $('reset-confirm');
  const showConfirm = (show) => {
    confirmBox.hidden = !show;
    $('reset-button').setAttribute('aria-expanded', String(show));
    (show ? $('reset-no') : $('reset-button')).focus();
  };
  $('reset-button').addEventListener('click', () => showConfirm(confirmBox.hidden));
  $('reset-no').addEventListener('click', () => showConfirm(false));
  confirmBox.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') showConfirm(false);
  });
  $('reset-yes').addEventListener('click', async () => {
    try {
      await post('/__mock/reset');
      showConfirm(false);
    } catch (error) {
      $('reset-question').textContent = `Reset failed: ${error.message}`;
    }
  });

  // ---- drawing ------------------------------------------------------------------------------
  /** Marks boxes that scroll sideways (a fade on the side with more, keyboard focus). */
  function markScrollers() {
    for (const box of document.querySelectorAll('.scroller')) {
      const over = box.scrollWidth > box.clientWidth + 1;
      box.toggleAttribute('data-overflows', over);
      box.toggleAttribute(
        'data-more-right',
        over && box.scrollLeft + box.clientWidth < box.scrollWidth - 1,
      );
      box.toggleAttribute('data-more-left', over && box.scrollLeft > 1);
      if (over) box.tabIndex = 0;
      else box.removeAttribute('tabindex');
    }
  }
  document.addEventListener(
    'scroll',
    (e) => {
      if (e.target instanceof window.Element && e.target.classList.contains('scroller'))
        markScrollers();
    },
    { capture: true, passive: true },
  );
  window.addEventListener('resize', markScrollers);
  // Opening a delivery lays out its bodies: mark them then.
  document.addEventListener('toggle', markScrollers, true);

  /** Redraws everything, keeping keyboard focus on the same control. */
  function draw() {
    const focused = document.activeElement && document.activeElement.getAttribute('data-key');
    renderOrders();
    renderDetail();
    if (focused) {
      const again = document.querySelector(`[data-key="${window.CSS.escape(focused)}"]`);
      if (again && again !== document.activeElement) again.focus({ preventScroll: true });
    }
    markScrollers();
  }

  // A burst of events is drawn once: renders are batched into one per 30 ms at most.
  let drawTimer = null;
  function redraw() {
    if (drawTimer !== null) return;
    drawTimer = setTimeout(() => {
      drawTimer = null;
      draw();
    }, 30);
  }

  // ---- the event stream ---------------------------------------------------------------------
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
      state.attempts = data.deliveries;
      const wanted = hashOrder();
      if (!state.orders.has(state.selected))
        state.selected = state.orders.has(wanted) ? wanted : null;
      if (!state.selected && data.orders.length)
        state.selected = data.orders[data.orders.length - 1].key;
      draw();
    });
    source.addEventListener('order', (e) => {
      const { type, order } = JSON.parse(e.data);
      // An evicted order (--order-limit) leaves the list.
      if (type === 'removed') state.orders.delete(order.key);
      else state.orders.set(order.key, order);
      if (type === 'created' && !state.selected) state.selected = order.key;
      redraw();
    });
    source.addEventListener('delivery', (e) => {
      const entry = JSON.parse(e.data);
      state.attempts.push(entry);
      if (state.attempts.length > MAX_DELIVERIES)
        state.attempts.splice(0, state.attempts.length - MAX_DELIVERIES);
      // Its note goes once the resent attempt shows, unless its answer is still awaited.
      if (entry.resend && !state.resending.has(entry.deliveryId))
        state.resendNotes.delete(entry.deliveryId);
      redraw();
    });
    source.addEventListener('reset', () => {
      state.orders.clear();
      state.attempts = [];
      state.selected = null;
      state.openDeliveries.clear();
      state.openAttempts.clear();
      state.resendNotes.clear();
      state.posts.clear();
      draw();
    });
  }

  // A link to another order of this page (`#order=…`) selects it without a reload.
  window.addEventListener('hashchange', () => {
    const key = hashOrder();
    if (key && key !== state.selected && state.orders.has(key)) select(key, false);
  });

  draw();
  connect();
})();
