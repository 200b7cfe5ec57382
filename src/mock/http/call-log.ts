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

/** A bounded log of API calls: the newest `limit` are kept. */
export class CallLog {
  readonly #calls: ApiCall[] = [];
  #seq = 0;
  constructor(readonly limit = 1000) {}

  record(call: Omit<ApiCall, 'seq'>): ApiCall {
    const full = { seq: ++this.#seq, ...call };
    this.#calls.push(full);
    if (this.#calls.length > this.limit) this.#calls.shift();
    return full;
  }

  /** Newest first, optionally of one path, at most `limit`. */
  list(query: { path?: string; limit?: number } = {}): ApiCall[] {
    const out: ApiCall[] = [];
    for (let i = this.#calls.length - 1; i >= 0 && out.length < (query.limit ?? this.limit); i--) {
      const call = this.#calls[i]!;
      if (query.path === undefined || call.path === query.path) out.push(call);
    }
    return out;
  }

  clear(): void {
    this.#calls.length = 0;
  }
}
