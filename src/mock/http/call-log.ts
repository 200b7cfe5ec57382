/**
 * One call of the Probo API routes, refused ones included, for the inspector and
 * `GET /__mock/calls` (invented).
 */
export interface ApiCall {
  seq: number;
  at: string;
  method: string;
  path: string;
  status: number;
  /** The fault answered instead of the route (`X-Probo-Mock-Answer` or an admin rule). */
  fault?: string;
  faultSource?: 'header' | 'rule';
  durationMs: number;
  /** The request body as sent (JSON text, cut at 4,000 characters), when there was one. */
  body?: string;
  /** A refused call: every problem its answer named, by JSON pointer (at most 50). */
  problems?: Array<{ pointer: string; message: string }>;
  /** Product codes of the call the mock invented a product for (unknown to its catalog). */
  invented?: string[];
}

/** Longest request body kept per call, in characters. */
export const BODY_CHARS = 4000;
/** Most problems kept per refused call. */
const PROBLEMS_KEPT = 50;

/** What a call is noted with as it is answered: its parts as they are, formatted when read. */
export interface CallFacts {
  /** When the request was received and answered (ms since the epoch). */
  received: number;
  answered: number;
  /** As hapi has it (lower case). */
  method: string;
  path: string;
  status: number;
  played?: Pick<ApiCall, 'fault' | 'faultSource'>;
  /** The body's text (a text over `BODY_CHARS` is cut when noted: memory stays bounded). */
  body?: string;
  /** A refused call's answer body, whose `errors` become `problems` when read. */
  answer?: unknown;
  invented?: string[];
}

/**
 * A call noted on the request path and formatted when the log is read: every API call is
 * noted (issue 21), and making its date text, upper-case method and problem list per request
 * was up to 3.5% of the mock's time under load (profiled), for a log few read.
 */
class NotedCall {
  constructor(
    readonly seq: number,
    readonly facts: CallFacts,
  ) {}

  format(): ApiCall {
    const f = this.facts;
    const call: ApiCall = {
      seq: this.seq,
      at: new Date(f.received).toISOString(),
      method: f.method.toUpperCase(),
      path: f.path,
      status: f.status,
      ...f.played,
      durationMs: Math.max(0, f.answered - f.received),
    };
    if (f.body !== undefined) call.body = f.body;
    const problems = f.status >= 400 ? problemsOf(f.answer) : undefined;
    if (problems) call.problems = problems;
    if (f.invented) call.invented = f.invented;
    return call;
  }
}

/** The `errors` list of a Probo error answer, if it has one. */
function problemsOf(source: unknown): ApiCall['problems'] {
  const errors = (source as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return undefined;
  return errors.slice(0, PROBLEMS_KEPT).map((e: { pointer?: unknown; message?: unknown }) => ({
    pointer: String(e?.pointer ?? ''),
    message: String(e?.message ?? ''),
  }));
}

/** A bounded log of API calls: the newest `limit` are kept (a ring, oldest overwritten). */
export class CallLog {
  readonly #calls: NotedCall[] = [];
  #start = 0;
  #seq = 0;
  constructor(readonly limit = 1000) {}

  /** Logs a call from its parts, formatted when the log is read (see `NotedCall`). */
  note(facts: CallFacts): void {
    if (facts.body !== undefined && facts.body.length > BODY_CHARS)
      facts.body = facts.body.slice(0, BODY_CHARS);
    const call = new NotedCall(++this.#seq, facts);
    if (this.#calls.length < this.limit) this.#calls.push(call);
    else {
      this.#calls[this.#start] = call;
      this.#start = (this.#start + 1) % this.limit;
    }
  }

  /** Newest first, optionally of one path, at most `limit`. */
  list(query: { path?: string; limit?: number } = {}): ApiCall[] {
    const out: ApiCall[] = [];
    const n = this.#calls.length;
    const most = query.limit ?? this.limit;
    for (let i = n - 1; i >= 0 && out.length < most; i--) {
      const kept = this.#calls[(this.#start + i) % n] as NotedCall;
      if (query.path !== undefined && kept.facts.path !== query.path) continue;
      out.push(kept.format());
    }
    return out;
  }

  clear(): void {
    this.#calls.length = 0;
    this.#start = 0;
  }
}
