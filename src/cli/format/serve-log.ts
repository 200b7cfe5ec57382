import type { JournalEntry } from '../../delivery/journal.js';
import { redactUrl } from '../../delivery/redact.js';
import { isoNow } from '../../shared/iso-now.js';
import { attemptLine } from './attempt-line.js';
import type { MockNotice } from '../../mock/engine/notices.js';

export interface ListeningInfo {
  url: string;
  /** With `?admin_token=` when the mock has one: the link opens the inspector as it is printed. */
  inspector: string;
  docs: string;
  admin: string;
  scenario: string;
  stepDelayMs: number;
  manual: boolean;
  /** Names of the headers sent with every callback (their values are never printed). */
  callbackHeaders: string[];
  store?: string;
  orders?: number;
}

export interface StoppingInfo {
  signal: string;
  graceMs: number;
  /** Delivery attempts on the wire, which get up to `graceMs` to finish. */
  inFlight: number;
}

/** What `serve` prints, as text for people or as one JSON object per line for machines. */
export interface ServeLog {
  listening(info: ListeningInfo): void;
  attempt(entry: JournalEntry): void;
  /** A near-miss of an accepted order post (`callback_url`, singular, …). */
  warning(orderKey: string, warning: { pointer: string; message: string }): void;
  /** What the mock says about itself: the store failing or recovering, a post refused for a bound. */
  notice(notice: MockNotice): void;
  stopping(info: StoppingInfo): void;
  exitingNow(signal: string): void;
  stopped(): void;
}

interface Sink {
  write(text: string): unknown;
}

/**
 * The inspector's URL as `serve` prints it. With an admin token, a person at a terminal (who typed
 * the token) gets the link that opens the inspector, `/?admin_token=TOKEN`, as Jupyter prints its
 * token URL; output that is not a terminal (CI logs, files, JSON lines) never carries the secret:
 * it shows where the token goes instead, and where it was given (`tokenFrom`: `--admin-token`, or
 * `$PROBO_MOCK_ADMIN_TOKEN`), so whoever reads the log knows where to find it.
 */
export function inspectorUrl(
  base: string,
  token: string | undefined,
  how: { terminal: boolean; query: string; tokenFrom: string },
): string {
  if (token === undefined) return `${base}/`;
  if (how.terminal) return `${base}/?${how.query}=${encodeURIComponent(token)}`;
  return `${base}/?${how.query}=<${how.tokenFrom}>`;
}

/** The JSON line of one delivery attempt: what the text line says, without the bodies. */
export function attemptRecord(entry: JournalEntry): Record<string, unknown> {
  const record: Record<string, unknown> = {
    at: entry.at,
    event: 'attempt',
    seq: entry.seq,
    deliveryId: entry.deliveryId,
    orderId: entry.orderId,
    orderKey: entry.orderKey,
    url: redactUrl(entry.url),
    status: entry.status,
    step: entry.step,
    attempt: entry.attempt,
    outcome: entry.outcome,
    durationMs: entry.durationMs,
  };
  if (entry.responseStatus !== undefined) record.responseStatus = entry.responseStatus;
  if (entry.error) record.error = entry.error;
  return record;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function serveLog(format: 'text' | 'json', out: Sink): ServeLog {
  if (format === 'json') {
    const line = (event: string, fields: object = {}): void => {
      out.write(`${JSON.stringify({ at: isoNow(), event, ...fields })}\n`);
    };
    return {
      listening: (info) => line('listening', info),
      attempt: (entry) => out.write(`${JSON.stringify(attemptRecord(entry))}\n`),
      warning: (orderKey, w) =>
        line('warning', { orderKey, pointer: w.pointer, message: w.message }),
      notice: (n) =>
        out.write(`${JSON.stringify({ at: n.at, event: n.kind, message: n.message })}\n`),
      stopping: (info) => line('stopping', info),
      exitingNow: (signal) => line('exiting', { signal }),
      stopped: () => line('stopped'),
    };
  }
  return {
    listening(info) {
      const store =
        info.store === undefined ? '' : `  store ${info.store}: ${info.orders ?? 0} orders\n`;
      out.write(
        `probo-mock listening on ${info.url}\n${store}` +
          `  POST ${info.url}/order  (scenario ${info.scenario}, step delay ${info.stepDelayMs} ms${info.manual ? ', manual' : ''})\n` +
          `  inspector ${info.inspector}\n` +
          `  docs ${info.docs}\n` +
          `  admin API ${info.admin}  ·  Ctrl-C to stop\n` +
          info.callbackHeaders.map((name) => `  callback header ${name}: [redacted]\n`).join(''),
      );
    },
    warning: (orderKey, w) => out.write(`warning: order ${orderKey} ${w.pointer}: ${w.message}\n`),
    notice: (n) => out.write(`${n.at} ${n.kind}: ${n.message}\n`),
    attempt: (entry) => out.write(`${entry.at} ${attemptLine(entry)}\n`),
    stopping({ graceMs, inFlight }) {
      out.write(
        inFlight === 0
          ? 'stopping: no delivery in flight\n'
          : `stopping: waiting up to ${graceMs} ms for ${count(inFlight, 'delivery', 'deliveries')} in flight (Ctrl-C again to exit now)\n`,
      );
    },
    exitingNow: (signal) =>
      out.write(`${signal} again: exiting now, without waiting for the deliveries in flight\n`),
    stopped: () => out.write('probo-mock stopped\n'),
  };
}
