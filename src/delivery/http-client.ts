import { Agent, request } from 'undici';

/** What one HTTP attempt ended in: an answer (any status) or an error, never a throw. */
export interface HttpOutcome {
  /** HTTP status of the answer; absent when no answer came. */
  status?: number;
  /** Answer headers, lower-cased names. */
  headers: Record<string, string>;
  /** The first `bodyLimit` bytes of the answer, as UTF-8 text. */
  body: string;
  /** True when the answer body was longer than `bodyLimit` and was cut. */
  truncated: boolean;
  durationMs: number;
  /** Why no usable answer came: a timeout, a refused or reset connection, … */
  error?: { code: string; message: string };
}

export interface HttpRequestOptions {
  method?: 'GET' | 'POST';
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Whole attempt, headers and body included. */
  timeoutMs: number;
  /** Bytes of the answer body kept; the rest is not read. Default 2 KiB. */
  bodyLimit?: number;
}

export interface HttpClientOptions {
  /** Sockets per origin. */
  connections?: number;
  keepAliveTimeoutMs?: number;
}

/**
 * The one HTTP client of probo-mock: undici with keep-alive pools per origin, no redirects
 * followed (a 301 is an answer, as Probo would see it), and a bounded read of every answer.
 */
export class HttpClient {
  readonly #agent: Agent;

  constructor(options: HttpClientOptions = {}) {
    this.#agent = new Agent({
      connections: options.connections ?? 128,
      keepAliveTimeout: options.keepAliveTimeoutMs ?? 4_000,
      pipelining: 1,
    });
  }

  async send(url: string, options: HttpRequestOptions): Promise<HttpOutcome> {
    const started = performance.now();
    const limit = options.bodyLimit ?? 2048;
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new TimeoutError(options.timeoutMs)),
      options.timeoutMs,
    );
    let status: number | undefined;
    let headers: Record<string, string> = {};
    const chunks: Buffer[] = [];
    let kept = 0;
    let truncated = false;
    try {
      const res = await request(url, {
        method: options.method ?? 'POST',
        headers: options.headers ?? {},
        body: options.body ?? null,
        dispatcher: this.#agent,
        signal: controller.signal,
      });
      status = res.statusCode;
      headers = flattenHeaders(res.headers);
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        const room = limit - kept;
        if (chunk.length > room) {
          chunks.push(chunk.subarray(0, room));
          kept = limit;
          truncated = true;
          res.body.destroy();
          break;
        }
        chunks.push(chunk);
        kept += chunk.length;
      }
      return done();
    } catch (err) {
      return done(describeError(err, controller.signal));
    } finally {
      clearTimeout(timer);
    }

    function done(error?: { code: string; message: string }): HttpOutcome {
      const outcome: HttpOutcome = {
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
        truncated,
        durationMs: performance.now() - started,
      };
      if (status !== undefined) outcome.status = status;
      if (error) outcome.error = error;
      return outcome;
    }
  }

  async close(): Promise<void> {
    await this.#agent.close();
  }

  /** Closes at once, aborting requests in flight. */
  async destroy(): Promise<void> {
    await this.#agent.destroy();
  }
}

export class TimeoutError extends Error {
  readonly code = 'TIMEOUT';
  constructor(ms: number) {
    super(`no complete answer within ${ms} ms`);
  }
}

function flattenHeaders(
  raw: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined)
      out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function describeError(err: unknown, signal: AbortSignal): { code: string; message: string } {
  if (signal.aborted && signal.reason instanceof TimeoutError) {
    return { code: 'TIMEOUT', message: signal.reason.message };
  }
  const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e.cause?.code ?? e.code ?? 'ERROR';
  const message = e.cause?.message ?? e.message ?? String(err);
  return { code, message };
}
