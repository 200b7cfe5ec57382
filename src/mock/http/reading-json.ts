import type { Readable } from 'node:stream';
import type { Boom } from '@hapi/boom';
import type { Lifecycle, Request, ResponseToolkit } from '@hapi/hapi';
import { parseJsonBody } from './json-body.js';
import { boomAnswer } from './probo-error.js';
import { readBody } from './request-body.js';

/** Per request: the JSON text of the body, as read (an order keeps it, see stored-post.ts). */
const BODY_TEXT = Symbol('probo-mock body text');
type WithBodyText = Request & { plugins: { [BODY_TEXT]?: string } };

/**
 * Reads the body as JSON (strict UTF-8 and shape limits, which hapi lacks: json-body.ts) and
 * puts its value in `request.payload` before `handler` runs, or answers 400 (413, 408) in
 * Probo's shape saying why it cannot be read. For routes that take the body as a stream
 * (`parse: false, output: 'stream'`). In the handler, not a route extension: one lifecycle step
 * less per request, and no promise when the body is already there (see request-body.ts).
 */
export function readingJsonBody(handler: Lifecycle.Method, maxBodyBytes: number): Lifecycle.Method {
  return (request, h, err) =>
    afterBody(request, h, maxBodyBytes, (raw) => {
      const parsed = parseJsonBody(raw);
      if (!parsed.ok) return h.response(parsed.error).code(400);
      (request as { payload: unknown }).payload = parsed.value;
      (request as WithBodyText).plugins[BODY_TEXT] = parsed.text;
      return handler.call(null, request, h, err);
    });
}

/**
 * For a route that needs no body (reset, advance, resend): whatever is sent is read within the
 * same limits (413, 408) and dropped, not parsed, before `handler` runs.
 */
export function ignoringBody(handler: Lifecycle.Method, maxBodyBytes: number): Lifecycle.Method {
  return (request, h, err) =>
    afterBody(request, h, maxBodyBytes, () => handler.call(null, request, h, err));
}

/** Reads the body (readBody) and goes on with it, or answers why it cannot be read. */
function afterBody(
  request: Request,
  h: ResponseToolkit,
  maxBodyBytes: number,
  then: (raw: Buffer) => Lifecycle.ReturnValue,
): Lifecycle.ReturnValue {
  const unreadable = (error: unknown) => boomAnswer(h, error as Boom, maxBodyBytes);
  let raw: Buffer | Promise<Buffer>;
  try {
    raw = readBody(
      request.payload as Readable,
      maxBodyBytes,
      request.route.settings.payload?.timeout ?? false,
    );
  } catch (error) {
    return unreadable(error);
  }
  return raw instanceof Promise ? raw.then(then, unreadable) : then(raw);
}

/** The JSON text of a body `readingJsonBody` read. */
export function bodyTextOf(request: Request): string | undefined {
  return (request as WithBodyText).plugins[BODY_TEXT];
}
