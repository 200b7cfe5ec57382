// Runs the built CLI (dist/cli/main.js) as a user would, timing the whole process.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { since } from './stats.mjs';

export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs `node ...args` to its end.
 * @returns {Promise<{ ms: number, code: number | null, stdout: string, stderr: string }>}
 */
export function runNode(args, timeoutMs = 60_000) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ms: since(start), code, stdout, stderr });
    });
  });
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc (Linux); undefined
 * elsewhere. Less sensitive than wall time to other jobs on a shared machine.
 */
export function cpuMsOf(pid) {
  try {
    // Fields after the command name (which is in parentheses): utime is the 12th, stime the 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

/**
 * Starts `node ...args` and times it until its stdout contains `marker`; then stops it.
 * `onCpu` gets the process's CPU time at the marker (see cpuMsOf).
 * @returns {Promise<number>} milliseconds from spawn to the marker
 */
export function timeUntilOutput(args, marker, timeoutMs = 30_000, onCpu = () => {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let ms;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => {
      out += d;
      if (ms === undefined && out.includes(marker)) {
        ms = since(start);
        onCpu(cpuMsOf(child.pid));
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      if (ms === undefined)
        reject(new Error(`no "${marker}" from ${args.join(' ')}: ${err.trim()}`));
      else resolve(ms);
    });
  });
}
