import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import Boom from '@hapi/boom';

const EMPTY = Buffer.alloc(0);

/**
 * The whole body of a request whose route hands it over as a stream (hapi payload
 * `output: 'stream'`, `parse: false`). hapi's `output: 'data'` pipes every body into a recorder
 * stream, which cost more per order than anything else hapi does for the order routes (profiled
 * for issue 6). When the request has arrived in full (a client that wrote headers and body at
 * once), the bytes are taken from the stream's buffer at once: no promise, no listeners.
 * Otherwise the body is read as it arrives, within `maxBytes` (413) and `timeoutMs` (408), the
 * limits hapi applies to `output: 'data'`. Throws, or rejects, with hapi's error for each.
 */
export function readBody(
  stream: Readable,
  maxBytes: number,
  timeoutMs: number | false,
): Buffer | Promise<Buffer> {
  const request = stream as IncomingMessage;
  // `complete`: Node's parser has the whole message; paused, `read()` returns all it buffered.
  if (request.complete === true && request.readableFlowing === null) {
    const all = (stream.read() as Buffer | null) ?? EMPTY;
    if (stream.readableLength === 0) return withinLimit(all, maxBytes);
    return reading(stream, maxBytes, timeoutMs, [all], all.length);
  }
  return reading(stream, maxBytes, timeoutMs, [], 0);
}

function withinLimit(body: Buffer, maxBytes: number): Buffer {
  if (body.length > maxBytes) throw tooLarge(maxBytes);
  return body;
}

const tooLarge = (maxBytes: number) =>
  Boom.entityTooLarge(`Payload content length greater than maximum allowed: ${maxBytes}`);

function reading(
  stream: Readable,
  maxBytes: number,
  timeoutMs: number | false,
  parts: Buffer[],
  size: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const timer =
      timeoutMs === false
        ? undefined
        : setTimeout(() => finish(Boom.clientTimeout('Payload timeout')), timeoutMs);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return finish(tooLarge(maxBytes));
      parts.push(chunk);
    };
    const onEnd = () => finish(undefined);
    const onError = (error: Error) =>
      finish(Boom.badRequest(`Payload read failed: ${error.message}`));
    // The client went away before the body ended (hapi answers the abort itself).
    const onClose = () => finish(Boom.badRequest('Payload read failed: the request was aborted'));
    function finish(error: Error | undefined): void {
      clearTimeout(timer);
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (error) reject(error);
      else resolve(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size));
    }
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
    stream.once('close', onClose);
  });
}
