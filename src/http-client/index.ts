// The one HTTP client (undici, keep-alive, timeouts, bounded answers) that every outgoing request uses.
export { HttpClient, TimeoutError } from './http-client.js';
export type { HttpOutcome, HttpRequestOptions, HttpClientOptions } from './http-client.js';
export { checkReachable } from './reachable.js';
export type { Unreachable } from './reachable.js';
