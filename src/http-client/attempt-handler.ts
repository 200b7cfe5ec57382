import type { Dispatcher } from 'undici';
import type { HttpOutcome } from './http-outcome.js';
import { TimeoutError } from './timeout-error.js';

/**
 * One HTTP attempt as an undici dispatch handler: keeps the first `limit` bytes of the answer and
 * resolves with an outcome, never a throw. The low-level API instead of `undici.request`: no body
 * stream, no async iterator, no AbortController per attempt (the profile of 20,000 deliveries
 * showed those as the dispatcher's cost over a bare loop); the timer aborts through the
 * dispatch controller. The timeout covers the whole attempt, headers and body.
 */
export class AttemptHandler implements Dispatcher.DispatchHandler {
  readonly #started = performance.now();
  readonly #limit: number;
  readonly #resolve: (outcome: HttpOutcome) => void;
  readonly #timer: NodeJS.Timeout;
  #controller: Dispatcher.DispatchController | undefined;
  #status: number | undefined;
  #headers: Record<string, string> = {};
  #chunks: Buffer[] = [];
  #kept = 0;
  #finished = false;

  constructor(limit: number, timeoutMs: number, resolve: (outcome: HttpOutcome) => void) {
    this.#limit = limit;
    this.#resolve = resolve;
    this.#timer = setTimeout(() => {
      const error = new TimeoutError(timeoutMs);
      this.#finish({ code: error.code, message: error.message });
      this.#controller?.abort(error);
    }, timeoutMs);
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    if (this.#finished) controller.abort(new TimeoutError(0)); // timed out while connecting
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    if (statusCode < 200) return; // 1xx: the real answer follows
    this.#status = statusCode;
    this.#headers = flattenHeaders(headers);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.#finished) return;
    const room = this.#limit - this.#kept;
    if (chunk.length <= room) {
      this.#chunks.push(chunk);
      this.#kept += chunk.length;
      return;
    }
    // Enough kept: the rest is not read.
    this.#chunks.push(chunk.subarray(0, room));
    this.#kept = this.#limit;
    this.#finish(undefined, true);
    controller.abort(new Error('answer body over the limit'));
  }

  onResponseEnd(): void {
    this.#finish();
  }

  onResponseError(_controller: Dispatcher.DispatchController, err: Error): void {
    this.fail(err);
  }

  /** Ends the attempt with this error (also when undici refused to dispatch it). */
  fail(err: unknown): void {
    this.#finish(describeError(err));
  }

  /** Resolves once; later events (an abort after the answer was cut) change nothing. */
  #finish(error?: { code: string; message: string }, truncated = false): void {
    if (this.#finished) return;
    this.#finished = true;
    clearTimeout(this.#timer);
    const outcome: HttpOutcome = {
      headers: this.#headers,
      body: Buffer.concat(this.#chunks).toString('utf8'),
      truncated,
      durationMs: performance.now() - this.#started,
    };
    if (this.#status !== undefined) outcome.status = this.#status;
    if (error) outcome.error = error;
    this.#resolve(outcome);
  }
}

/**
 * The answer's headers with one string per name. undici gives lower-case names already, and
 * arrays only for a repeated header: without one, its object is taken as it is (no copy per
 * attempt).
 */
function flattenHeaders(
  raw: Record<string, string | string[] | undefined>,
): Record<string, string> {
  let flat = true;
  for (const name in raw) {
    if (typeof raw[name] !== 'string' || name !== name.toLowerCase()) {
      flat = false;
      break;
    }
  }
  if (flat) return raw as Record<string, string>;
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined)
      out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** An error as `{ code, message }`: the system code of the cause when there is one. */
export function describeError(err: unknown): { code: string; message: string } {
  const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e.cause?.code ?? e.code ?? 'ERROR';
  const message = e.cause?.message ?? e.message ?? String(err);
  return { code, message };
}
