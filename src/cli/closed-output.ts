/**
 * When the reader of stdout or stderr goes away (`verify … | head -3`: EPIPE), the command stops
 * writing to it and carries on, so it still exits with the code its result calls for (1 when a
 * check failed), not 0 and not a crash: a CI step with `set -o pipefail` stays red.
 */
export function keepGoingWhenReaderLeaves(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    silence(stream);
  });
}

/** Every later write is dropped at once (its callback called), never queued or retried. */
function silence(stream: NodeJS.WriteStream): void {
  stream.write = ((_chunk: unknown, encoding?: unknown, callback?: unknown): boolean => {
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') process.nextTick(done as () => void);
    return true;
  }) as NodeJS.WriteStream['write'];
}
