import { connect } from 'node:net';

export interface Unreachable {
  /** `ECONNREFUSED`, `ENOTFOUND`, `TIMEOUT`, … */
  code: string;
  message: string;
}

/**
 * Opens one TCP connection to the URL's host and port and closes it, sending nothing: whether
 * anything listens there, without a request the receiver would see. Resolves with the reason
 * when nothing does (refused, no such host, no answer within `timeoutMs`), else undefined.
 */
export function checkReachable(url: string, timeoutMs: number): Promise<Unreachable | undefined> {
  const target = new URL(url);
  const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  const host = target.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (result: Unreachable | undefined): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => done({ code: 'TIMEOUT', message: `no connection within ${timeoutMs} ms` }),
      timeoutMs,
    );
    socket.once('connect', () => done(undefined));
    socket.once('error', (error: NodeJS.ErrnoException) =>
      done({ code: error.code ?? 'ERROR', message: error.message }),
    );
  });
}
