import { Agent, createServer, request as forward } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { SCENARIO_HEADER } from '../../mock/engine/scenario-choice.js';
import { ANSWER_HEADER } from '../../mock/http/faults.js';
import type { ClientCheckId } from '../types.js';

/** The calls of Probo's order API the front records (and the referee may play a fault on). */
const ORDER_PATHS = new Set(['/order', '/order/status', '/order/cancel', '/order/release']);
/** A body kept for the report is cut here; the whole body is forwarded. */
const BODY_SHOWN = 4096;
/** Bigger bodies are refused outright (the mock takes 1 MiB by default). */
const BODY_MAX = 8 * 1024 * 1024;
/** Headers of one hop, never forwarded. */
const HOP = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/** One call of Probo's order API the shop made, as the mock saw it, and its answer. */
export interface SeenCall {
  seq: number;
  /** When its body had arrived (performance.now()). */
  at: number;
  method: string;
  path: string;
  /** The body as sent, cut after 4 KiB. */
  body: string;
  /** The body, parsed, when it is JSON. */
  json?: unknown;
  /** The order ids it names: the posted id, the ids (or Probo numbers) asked about or canceled. */
  ids: string[];
  /** The check it belongs to: the one during which its order id was first seen. */
  check: ClientCheckId | undefined;
  /** What the check played on it: `X-Probo-Mock-Answer: 503`, a lost answer, … */
  played?: string;
  /** The mock's answer (a lost answer has one too: the shop never got it). */
  answer?: { status: number; body: string; headers: Record<string, string>; at: number };
  /** The connection was closed before the answer reached the shop (a lost answer). */
  lost?: true;
  /** The mock could not be reached (it never is, short of a bug): the shop got a 502. */
  error?: string;
}

/** What the referee plays on one order post: a fault answer, or a lost answer. */
export type Play = { fault: string } | { loseAnswer: true } | undefined;

export interface FrontOptions {
  host: string;
  port: number;
  /** The mock's own (internal) URL. */
  mockUrl: string;
  /** The id of the stored order a status or cancel selector names, when the mock has one. */
  idOf(selector: Record<string, unknown>): string | undefined;
}

/**
 * The mock as the shop sees it: a recording front on `--host`/`--port` that forwards every call
 * to the mock and keeps, for Probo's order API, the call with its body, its answer and the
 * check it belongs to. The check running may play a fault on an order post, through the mock's
 * own `X-Probo-Mock-Answer`, or lose its answer (the order is stored, the connection closed).
 * New order ids get the happy path (`X-Probo-Mock-Scenario`), whatever the post says; a
 * repeated id is left to the mock, which refuses it as a duplicate.
 */
export class MockFront {
  readonly calls: SeenCall[] = [];
  /** The check running now: new order ids are its. */
  current: ClientCheckId | undefined;
  /** Decides what an order post of the current check gets. */
  referee: ((call: SeenCall) => Play) | undefined;
  readonly #owners = new Map<string, ClientCheckId>();
  readonly #server: Server;
  readonly #agent = new Agent({ keepAlive: true });
  readonly #options: FrontOptions;
  #waiters: Array<() => void> = [];
  #seq = 0;

  private constructor(options: FrontOptions) {
    this.#options = options;
    this.#server = createServer((req, res) => void this.#handle(req, res));
  }

  /** Listens on host:port; rejects with the listen error (EADDRINUSE, …). */
  static async start(options: FrontOptions): Promise<MockFront> {
    const front = new MockFront(options);
    await new Promise<void>((resolve, reject) => {
      front.#server.once('error', reject);
      front.#server.listen(options.port, options.host, () => {
        front.#server.off('error', reject);
        resolve();
      });
    });
    return front;
  }

  /** The shop's Probo base URL. */
  get url(): string {
    const address = this.#server.address();
    const port = typeof address === 'object' && address ? address.port : this.#options.port;
    const host = this.#options.host.includes(':') ? `[${this.#options.host}]` : this.#options.host;
    return `http://${host}:${port}`;
  }

  /** The calls that belong to a check, oldest first. */
  callsOf(check: ClientCheckId): SeenCall[] {
    return this.calls.filter((c) => c.check === check);
  }

  /**
   * Resolves with what `probe` finds once it finds something (checked now and after each call
   * and answer), or undefined after `ms`.
   */
  async waitFor<T>(probe: () => T | undefined, ms: number): Promise<T | undefined> {
    const deadline = performance.now() + ms;
    for (;;) {
      const found = probe();
      if (found !== undefined) return found;
      const left = deadline - performance.now();
      if (left <= 0) return undefined;
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        timer = setTimeout(resolve, left);
        this.#waiters.push(resolve);
      });
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#agent.destroy();
  }

  #changed(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method !== 'POST' || !ORDER_PATHS.has(path)) {
      this.#pipe(req, res);
      return;
    }
    const raw = await readAll(req);
    if (raw === undefined) {
      res.writeHead(413, { 'content-type': 'application/json' });
      res.end('{"status":"error","message":"Request body too large"}');
      return;
    }
    const text = raw.toString('utf8');
    const call: SeenCall = {
      seq: ++this.#seq,
      at: performance.now(),
      method: 'POST',
      path,
      body: text.length > BODY_SHOWN ? `${text.slice(0, BODY_SHOWN)}… (cut)` : text,
      ids: [],
      check: undefined,
    };
    try {
      call.json = JSON.parse(text) as unknown;
    } catch {
      // Not JSON: the mock answers 400; the call is kept as it came.
    }
    call.ids = this.#idsOf(path, call.json);
    const extra: Record<string, string> = {};
    let play: Play;
    if (path === '/order') {
      const id = call.ids[0];
      if (id !== undefined && !this.#owners.has(id) && this.current)
        this.#owners.set(id, this.current);
      call.check = (id !== undefined ? this.#owners.get(id) : undefined) ?? this.current;
      // A new order plays the happy path whatever it asks for; a known id is a duplicate.
      if (id === undefined || this.#options.idOf({ id }) === undefined)
        extra[SCENARIO_HEADER] = 'happy-path';
      if (call.check !== undefined && call.check === this.current) play = this.referee?.(call);
      if (play && 'fault' in play) {
        extra[ANSWER_HEADER] = play.fault;
        call.played = `${ANSWER_HEADER}: ${play.fault}`;
      } else if (play) call.played = 'lost answer: stored, connection closed before the answer';
    } else {
      const owner = call.ids.map((id) => this.#owners.get(id)).find(Boolean);
      call.check = owner ?? this.current;
    }
    this.calls.push(call);
    this.#changed();
    try {
      const answer = await this.#forward(req, path, raw, extra);
      call.answer = { ...answer, at: performance.now() };
      // Only a stored order's answer is lost; a refusal reaches the shop as it is.
      if (play && 'loseAnswer' in play && answer.status === 202) {
        call.lost = true;
        req.socket.destroy();
      } else {
        if (play && 'loseAnswer' in play) delete call.played;
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
      }
    } catch (error) {
      call.error = (error as Error).message;
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'error', message: 'the mock did not answer' }));
    }
    this.#changed();
  }

  /** The order ids a call names (a selector by Probo number or reference through the mock). */
  #idsOf(path: string, json: unknown): string[] {
    if (json === null || typeof json !== 'object') return [];
    const body = json as Record<string, unknown>;
    if (path === '/order') return typeof body.id === 'string' ? [body.id] : [];
    const selectors = path === '/order/status' ? body.orders : [body];
    if (!Array.isArray(selectors)) return [];
    const ids: string[] = [];
    for (const s of selectors) {
      if (s === null || typeof s !== 'object') continue;
      const id = this.#options.idOf(s as Record<string, unknown>);
      if (id !== undefined) ids.push(id);
      else if (typeof (s as { id?: unknown }).id === 'string') ids.push((s as { id: string }).id);
    }
    return ids;
  }

  #forward(
    req: IncomingMessage,
    path: string,
    body: Buffer,
    extra: Record<string, string>,
  ): Promise<{ status: number; body: string; headers: Record<string, string> }> {
    const headers = { ...passOn(req.headers), ...extra, 'content-length': String(body.length) };
    return new Promise((resolve, reject) => {
      const up = forward(
        `${this.#options.mockUrl}${req.url ?? path}`,
        { method: 'POST', headers, agent: this.#agent },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (c: Buffer) => chunks.push(c));
          answer.on('error', reject);
          answer.on('end', () =>
            resolve({
              status: answer.statusCode ?? 502,
              body: Buffer.concat(chunks).toString('utf8'),
              headers: passOn(answer.headers),
            }),
          );
        },
      );
      up.on('error', reject);
      up.end(body);
    });
  }

  /** Any other call (the inspector, its event stream, the catalog, the admin API): streamed through. */
  #pipe(req: IncomingMessage, res: ServerResponse): void {
    const up = forward(
      `${this.#options.mockUrl}${req.url ?? '/'}`,
      { method: req.method ?? 'GET', headers: passOn(req.headers, true), agent: this.#agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, passOn(answer.headers, true));
        answer.pipe(res);
      },
    );
    up.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    res.on('close', () => up.destroy());
    req.pipe(up);
  }
}

/** The headers worth passing on: no hop-by-hop ones; `withLength` keeps the body's length. */
function passOn(headers: IncomingHttpHeaders, withLength = false): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || (HOP.has(name) && !(withLength && name === 'content-length')))
      continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** The whole body, or undefined when it is over BODY_MAX. */
function readAll(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_MAX) chunks.push(chunk);
    });
    req.on('end', () => resolve(size <= BODY_MAX ? Buffer.concat(chunks) : undefined));
    req.on('error', () => resolve(undefined));
  });
}
