/** One call of the Probo API routes, for the inspector (`GET /__mock/calls`; invented). */
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
