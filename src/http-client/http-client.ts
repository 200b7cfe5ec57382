import { createRequire } from 'node:module';
import type { Agent } from 'undici';
import type { HttpOutcome } from './http-outcome.js';
import { AttemptHandler, describeError } from './attempt-handler.js';

export { TimeoutError } from './timeout-error.js';

export type { HttpOutcome } from './http-outcome.js';

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
  /** Sockets per origin, and attempts on the wire per origin (more wait their turn). */
  connections?: number;
  keepAliveTimeoutMs?: number;
}

/** The attempts of one origin: how many are on the wire, and who waits for a turn. */
interface Turns {
  active: number;
  waiting: Array<() => void>;
  head: number;
}

/** Where an attempt goes: what undici's dispatch takes of a URL. */
interface Target {
  origin: string;
  /** Path and query. */
  path: string;
}

/** The outcome of an attempt that never reached the wire. */
const failed = (err: unknown): HttpOutcome => ({
  headers: {},
  body: '',
  truncated: false,
  durationMs: 0,
  error: describeError(err),
});

/** URLs whose parse is kept (see `#target`). */
const MAX_TARGETS = 1024;

// undici (CommonJS) is required when the first request is made, not imported: `serve` starts
// without it (about 70 ms of a cold start), and a mock that is never asked to deliver never loads it.
const require = createRequire(import.meta.url);
let AgentClass: typeof Agent | undefined;
const agentClass = (): typeof Agent =>
  (AgentClass ??= (require('undici') as { Agent: typeof Agent }).Agent);

/**
 * The one HTTP client of probo-mock: undici with keep-alive pools per origin, no redirects
 * followed (a 301 is an answer, as Probo would see it), and a bounded read of every answer.
 * At most `connections` attempts per origin are on the wire; the others wait for a turn before
 * their timeout starts. (Queued in undici instead, a burst of orders to a slow receiver would
 * time out while waiting for a socket.)
 */
export class HttpClient {
  #agent: Agent | undefined;
  /** Closed (or destroyed) before its first request: a later one is refused as undici does. */
  #ended = false;
  readonly #connections: number;
  readonly #keepAliveTimeout: number;
  readonly #turns = new Map<string, Turns>();
  readonly #targets = new Map<string, Target>();

  constructor(options: HttpClientOptions = {}) {
    this.#connections = options.connections ?? 128;
    this.#keepAliveTimeout = options.keepAliveTimeoutMs ?? 4_000;
  }

  /** The pool, made with the first request (and undici loaded then). */
  #pool(): Agent {
    if (this.#agent) return this.#agent;
    this.#agent = new (agentClass())({
      connections: this.#connections,
      keepAliveTimeout: this.#keepAliveTimeout,
      pipelining: 1,
    });
    if (this.#ended) void this.#agent.destroy();
    return this.#agent;
  }

  /**
   * One attempt: resolves with its outcome, never rejects. Not an async function: an attempt
   * that gets its turn at once goes straight to the wire, without the extra promise and
   * microtask turns of an `await` on no turn and a `finally` (every callback passes here).
   */
  send(url: string, options: HttpRequestOptions): Promise<HttpOutcome> {
    let target: Target;
    try {
      target = this.#target(url);
    } catch (err) {
      return Promise.resolve(failed(err));
    }
    const turn = this.#turn(target.origin);
    if (turn === undefined) return this.#attempt(target, options);
    return turn.then(() => this.#attempt(target, options));
  }

  /**
   * The origin and path of a URL, parsed once per URL string: a mock sends every callback of a
   * shop to the same few URLs, and `new URL` per attempt was 2% of the end-to-end run (profiled).
   */
  #target(url: string): Target {
    let target = this.#targets.get(url);
    if (target) return target;
    const parsed = new URL(url);
    target = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
    // Bounded: URLs come from order posts. Forgetting them all costs a parse each, once.
    if (this.#targets.size >= MAX_TARGETS) this.#targets.clear();
    this.#targets.set(url, target);
    return target;
  }

  /** Resolves when an attempt to this origin may go on the wire. */
  #turn(origin: string): Promise<void> | undefined {
    const turns = this.#turns.get(origin);
    if (!turns) {
      this.#turns.set(origin, { active: 1, waiting: [], head: 0 });
      return undefined;
    }
    if (turns.active < this.#connections) {
      turns.active++;
      return undefined;
    }
    return new Promise((resolve) => turns.waiting.push(resolve));
  }

  /** Hands the finished attempt's turn to the next in line, oldest first. */
  #done(origin: string): void {
    const turns = this.#turns.get(origin) as Turns;
    if (turns.head < turns.waiting.length) {
      const next = turns.waiting[turns.head] as () => void;
      turns.waiting[turns.head++] = undefined as never;
      if (turns.head === turns.waiting.length || turns.head > 1024) {
        turns.waiting.splice(0, turns.head);
        turns.head = 0;
      }
      next();
      return;
    }
    if (--turns.active === 0) this.#turns.delete(origin);
  }

  /** Puts the attempt on the wire; its turn is handed on when it ends, however it ends. */
  #attempt(target: Target, options: HttpRequestOptions): Promise<HttpOutcome> {
    // The pool before the handler starts its clock: the first request loads undici and compiles
    // its parser, which must count neither against the attempt's timeout nor in its measured time
    // (a 500 ms probe of a target answering garbage timed out while undici loaded, on a busy machine).
    let pool: Agent;
    try {
      pool = this.#pool();
    } catch (err) {
      this.#done(target.origin);
      return Promise.resolve(failed(err));
    }
    return new Promise((resolve) => {
      const end = (outcome: HttpOutcome): void => {
        this.#done(target.origin);
        resolve(outcome);
      };
      const handler = new AttemptHandler(options.bodyLimit ?? 2048, options.timeoutMs, end);
      try {
        pool.dispatch(
          {
            origin: target.origin,
            path: target.path,
            method: options.method ?? 'POST',
            headers: options.headers ?? {},
            body: options.body ?? null,
          },
          handler,
        );
      } catch (err) {
        handler.fail(err);
      }
    });
  }

  async close(): Promise<void> {
    this.#ended = true;
    await this.#agent?.close();
  }

  /** Closes at once, aborting requests in flight. */
  async destroy(): Promise<void> {
    this.#ended = true;
    await this.#agent?.destroy();
  }
}
