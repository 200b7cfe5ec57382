import type { Lifecycle, Request, ResponseToolkit } from '@hapi/hapi';
import type { ApiCall, CallLog } from './call-log.js';
import { quotaAnswer } from './rate-limiter.js';
import { proboErrorBody } from './shop-error.js';

/** The request header that makes one call answer with a fault (invented, after Prism's `Prefer`). */
export const ANSWER_HEADER = 'x-probo-mock-answer';

/** What a fault makes a call do. */
export type Fault =
  | { kind: 'status'; status: 500 | 503 | 429; resetMs?: number }
  | { kind: 'timeout' }
  | { kind: 'reset' }
  | { kind: 'slow'; ms: number };

/** Longest `slow=MS` (invented). */
export const MAX_SLOW_MS = 120_000;
/** How long a `timeout` call is kept open before its socket is closed (invented). */
export const TIMEOUT_HOLD_MS = 300_000;

const FAULT = /^(500|503|429(?:=(\d{1,7}))?|timeout|reset|slow=(\d{1,6}))$/;

/** Longest `429=MS` reset (invented): an hour, Probo's own quota window being a minute. */
export const MAX_RESET_MS = 3_600_000;

/**
 * Parses `500`, `503`, `429`, `429=MS` (a 429 whose `x-ratelimit-reset` is MS), `timeout`,
 * `reset` or `slow=MS`; undefined when it is none.
 */
export function parseFault(text: string): Fault | undefined {
  const match = FAULT.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  if (match[2] !== undefined) {
    const resetMs = Number(match[2]);
    return resetMs <= MAX_RESET_MS ? { kind: 'status', status: 429, resetMs } : undefined;
  }
  if (match[3] !== undefined) {
    const ms = Number(match[3]);
    return ms <= MAX_SLOW_MS ? { kind: 'slow', ms } : undefined;
  }
  const word = match[1]!;
  if (word === 'timeout') return { kind: 'timeout' };
  if (word === 'reset') return { kind: 'reset' };
  return { kind: 'status', status: Number(word) as 500 | 503 | 429 };
}

export interface FaultRuleRecord {
  id: number;
  route: string;
  method: 'GET' | 'POST' | undefined;
  answer: string;
  /** Calls it still answers. */
  left: number;
}

/** Admin rules: the next N calls of a route answer with a fault (`POST /__mock/faults`). */
export class FaultRules {
  readonly #rules: FaultRuleRecord[] = [];
  #next = 1;

  add(rule: {
    route: string;
    method?: 'GET' | 'POST';
    answer: string;
    times?: number;
  }): FaultRuleRecord {
    const record = {
      id: this.#next++,
      route: rule.route,
      method: rule.method,
      answer: rule.answer,
      left: rule.times ?? 1,
    };
    this.#rules.push(record);
    return record;
  }

  /** Takes one call of the first rule matching the request, if any. */
  take(method: string, path: string): string | undefined {
    if (this.#rules.length === 0) return undefined;
    const i = this.#rules.findIndex(
      (r) => r.route === path && (r.method === undefined || r.method === method),
    );
    if (i < 0) return undefined;
    const rule = this.#rules[i]!;
    if (--rule.left <= 0) this.#rules.splice(i, 1);
    return rule.answer;
  }

  list(): FaultRuleRecord[] {
    return this.#rules.map((r) => ({ ...r }));
  }

  clear(): void {
    this.#rules.length = 0;
  }
}

const MESSAGES: Record<number, string> = {
  // The spec's description of its 500 (documented); the 503 text is invented.
  500: 'Bad response from authorization server, or WSDL SOAP Fault error',
  503: 'Service temporarily unavailable',
};

/** Per request: the fault played, for a route that logs its own calls. */
const PLAYED = Symbol('probo-mock fault played');
type Marked = Request & { plugins: { [PLAYED]?: Pick<ApiCall, 'fault' | 'faultSource'> } };

/** The fault `playFault` played on this request, as the call log's fields (none: `{}`). */
export function playedFault(request: Request): Pick<ApiCall, 'fault' | 'faultSource'> {
  return (request as Marked).plugins[PLAYED] ?? {};
}

/**
 * The fault of this call (header first, then an admin rule), played; undefined when there is
 * none, and the route goes on. A bad header value is a 400 naming the accepted values.
 * `routeLogs`: the route logs every answered call itself (the catalog routes, with
 * `playedFault`), so only a call that gets no answer (reset, timeout) is logged here; without
 * it (the order routes) every fault is.
 */
export function playFault(
  request: Request,
  h: ResponseToolkit,
  rules: FaultRules,
  log: CallLog,
  rateHeaders?: Record<string, string>,
  routeLogs = false,
): Lifecycle.ReturnValue | undefined {
  const header = request.headers[ANSWER_HEADER];
  let text: string | undefined;
  let source: 'header' | 'rule' = 'header';
  if (typeof header === 'string') text = header;
  else {
    text = rules.take(request.method.toUpperCase(), request.path);
    source = 'rule';
  }
  if (text === undefined) return undefined;
  (request as Marked).plugins[PLAYED] = { fault: text, faultSource: source };
  const started = Date.now();
  const answered = (status: number) => {
    if (!routeLogs) note(status);
  };
  const note = (status: number) =>
    log.note({
      received: started,
      answered: Date.now(),
      method: request.method,
      path: request.path,
      status,
      played: { fault: text, faultSource: source },
    });
  const fault = parseFault(text);
  if (!fault) {
    answered(400);
    return h
      .response(
        proboErrorBody(
          'invalid_fault',
          `${ANSWER_HEADER} must be one of 500, 503, 429, 429=MS (MS up to ${MAX_RESET_MS}), timeout, reset, slow=MS (MS up to ${MAX_SLOW_MS}); got "${text}"`,
        ),
      )
      .code(400)
      .takeover();
  }
  const socket = request.raw.req.socket;
  switch (fault.kind) {
    case 'status': {
      answered(fault.status);
      if (fault.status === 429) {
        // Without a rate limit on, the headers of a spent default quota (300 a minute).
        const headers = rateHeaders ?? {
          'x-ratelimit-limits': '300',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': '60000',
        };
        // `429=MS`: the quota is spent and comes back in MS (what verify-client plays).
        const spent =
          fault.resetMs === undefined
            ? headers
            : {
                ...headers,
                'x-ratelimit-remaining': '0',
                'x-ratelimit-reset': String(fault.resetMs),
              };
        return quotaAnswer(h, spent).takeover();
      }
      const reason = fault.status === 500 ? 'injected_500' : 'injected_503';
      return h
        .response(proboErrorBody(reason, MESSAGES[fault.status]!))
        .code(fault.status)
        .takeover();
    }
    case 'reset':
      note(0);
      socket.destroy();
      return h.abandon;
    case 'timeout':
      note(0);
      return new Promise((resolve) => {
        const timer = setTimeout(() => socket.destroy(), TIMEOUT_HOLD_MS);
        timer.unref();
        socket.once('close', () => {
          clearTimeout(timer);
          resolve(h.abandon);
        });
      });
    case 'slow':
      return new Promise((resolve) => {
        setTimeout(() => {
          answered(0); // then the route answers
          resolve(h.continue);
        }, fault.ms);
      });
  }
}
