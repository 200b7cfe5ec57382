import type { ClientCheckId } from '../types.js';
import type { ClientContext } from './client-context.js';
import type { Play, SeenCall } from './mock-front.js';

/** One check of `verify-client`: what it plays in the mock, what it expects of the shop. */
export interface ClientCheck {
  id: ClientCheckId;
  title: string;
  /** One line: what the mock plays. */
  plays: string;
  /** One line: what a correct shop does. */
  expects: string;
  /** One line: how to fix a shop that fails it (when no more precise hint names the cause). */
  hint: string;
  /** The real shop bug the check stands for, for the docs. */
  bug: string;
  /** The hook it needs besides --place-url and --state-url; skipped without it. */
  needs?: 'pollUrl' | 'cancelUrl';
  /** What an order post of this check gets, given the check's earlier posts. */
  referee?: (post: SeenCall, earlier: readonly SeenCall[]) => Play;
  run(ctx: ClientContext): Promise<void>;
}
