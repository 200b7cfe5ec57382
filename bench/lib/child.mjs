// Starts a bench server in its own Node process (so the load generator and the server do not
// share one event loop) and talks to it over IPC: `ask('stats')` → the server's answer.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serversDir = fileURLToPath(new URL('../servers/', import.meta.url));

/**
 * @param {string} name file under bench/servers/, without `.mjs`
 * @param {object} [options] passed to the server as JSON
 * @returns {Promise<{ url: string, pid: number, ask: (type: string) => Promise<any>, stop: () => Promise<void> }>}
 */
export function startServer(name, options = {}) {
  const child = fork(`${serversDir}${name}.mjs`, [JSON.stringify(options)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // Not the parent's flags; BENCH_CPU_PROF=DIR profiles every server (node --cpu-prof).
    execArgv: process.env.BENCH_CPU_PROF
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
      : [],
  });
  let nextId = 0;
  const pending = new Map();
  child.on('message', (msg) => {
    const waiter = pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id);
    if (msg.error) waiter.reject(new Error(`${name}: ${msg.error}`));
    else waiter.resolve(msg.value);
  });
  const ask = (type) =>
    new Promise((resolve, reject) => {
      if (!child.connected) return reject(new Error(`${name} is not running`));
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      child.send({ id, type });
    });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.connected) await ask('stop').catch(() => undefined);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before listening`)));
    ask('url').then((url) => resolve({ url, pid: child.pid, ask, stop }), reject);
  });
}
