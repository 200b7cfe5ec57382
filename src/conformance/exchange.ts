import { isSuccessStatus } from '../shared/http-status.js';
import type { HttpClient, HttpOutcome } from '../http-client/http-client.js';
import { curlCommand } from './curl.js';
import { RunInterrupted } from './errors.js';
import type { RecordedRequest, RecordedResponse } from './types.js';

/** Request bodies in reports are cut here; answers are read only this far. */
const REQUEST_BODY_SHOWN = 2048;
const RESPONSE_BODY_SHOWN = 512;

/** One request and its answer, with the report's view of both. */
export interface Exchange {
  outcome: HttpOutcome;
  request: RecordedRequest;
  response: RecordedResponse;
  /** A 2xx answer arrived within the timeout. */
  ok: boolean;
  /** A curl command that sends the same request (the whole body; secret headers as variables). */
  curl: string;
}

export interface ExchangeSettings {
  client: HttpClient;
  timeoutMs: number;
  /** Headers the user passed (shared secrets): sent as they are, shown redacted. */
  userHeaders: Record<string, string>;
  /** Aborts the run: a request not yet sent throws RunInterrupted instead. */
  signal?: AbortSignal;
}

// Probo does not publish its callback headers; this user agent is ours (invented).
const BASE_HEADERS = { 'user-agent': 'probo-mock-verify/0.1' };

/**
 * A user header sent with another value than the user gave (a forged secret): the value sent, how
 * the report shows it (never the secret), and the shell expression a curl replay computes it with.
 */
export interface AlteredHeader {
  value: string;
  shown: string;
  /** Inside double quotes, e.g. `$(printf %s "${X_SECRET}" | rev)`. */
  shell: string;
}

export interface ExchangeExtras {
  /** Answers are read this far (default 64 KiB); `outcome.truncated` says when there was more. */
  bodyLimit?: number;
  /**
   * Replaces the user's headers for this request (a forgery): the names kept, with their altered
   * values. A user header left out is not sent.
   */
  userHeaders?: Record<string, AlteredHeader>;
}

/** Callbacks' answers are read this far: a receiver's answer is short. */
const CALLBACK_ANSWER_LIMIT = 64 * 1024;

/** Sends one request with the run's timeout and headers and records it for the report. */
export async function exchange(
  settings: ExchangeSettings,
  method: 'GET' | 'POST',
  url: string,
  body?: string,
  extras: ExchangeExtras = {},
): Promise<Exchange> {
  if (settings.signal?.aborted) throw new RunInterrupted();
  const own: Record<string, string> = { ...BASE_HEADERS };
  if (body !== undefined) own['content-type'] = 'application/json';
  else own.accept = 'application/json';
  const altered = extras.userHeaders;
  const user = altered
    ? Object.fromEntries(Object.entries(altered).map(([name, h]) => [name, h.value]))
    : settings.userHeaders;
  const headers = { ...own, ...user };
  const outcome = await settings.client.send(url, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
    timeoutMs: settings.timeoutMs,
    bodyLimit: extras.bodyLimit ?? CALLBACK_ANSWER_LIMIT,
  });
  const shown: Record<string, string> = { ...own };
  for (const name of Object.keys(user)) shown[name] = altered?.[name]?.shown ?? '[redacted]';
  const request: RecordedRequest = { method, url, headers: shown };
  if (body !== undefined) {
    request.body = cut(body, REQUEST_BODY_SHOWN);
    request.bodyBytes = Buffer.byteLength(body);
  }
  const response: RecordedResponse = { durationMs: Math.round(outcome.durationMs) };
  if (outcome.status !== undefined) response.status = outcome.status;
  if (outcome.error) response.error = outcome.error;
  else response.body = cut(outcome.body, RESPONSE_BODY_SHOWN);
  // An answer that the abort cut short is no answer of the receiver's: it is not graded.
  if (settings.signal?.aborted) throw new RunInterrupted();
  const ok = !outcome.error && isSuccessStatus(outcome.status);
  const curl = curlCommand({
    method,
    url,
    headers: own,
    secretHeaders: Object.keys(user),
    ...(altered
      ? {
          secretExpressions: Object.fromEntries(
            Object.entries(altered).map(([name, h]) => [name, h.shell]),
          ),
        }
      : {}),
    ...(body !== undefined ? { body } : {}),
  });
  return { outcome, request, response, ok, curl };
}

/** One line on how an answer fell short of "2xx in time", for failure messages. */
export function describeAnswer(x: Exchange): string {
  const error = x.outcome.error;
  if (error) return error.code === 'TIMEOUT' ? error.message : `${error.code}: ${error.message}`;
  return `answered ${x.outcome.status}`;
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (cut)` : text;
}
