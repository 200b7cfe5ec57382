import { isoNow } from '../../shared/iso-now.js';

/**
 * What the mock says about itself besides delivery attempts: the store stopped or started
 * writing again, an order post was refused for a bound. `serve` prints each one; the admin
 * health answer shows the store's state.
 */
export interface MockNotice {
  at: string;
  kind: 'store-unavailable' | 'store-recovered' | 'pending-limit';
  message: string;
}

export type NoticeListener = (notice: MockNotice) => void;

/** Subscribers of the notices; a failing one does not stop the others. */
export class Notices {
  readonly #listeners = new Set<NoticeListener>();

  tell(kind: MockNotice['kind'], message: string): void {
    const notice = { at: isoNow(), kind, message };
    for (const listener of this.#listeners) {
      try {
        listener(notice);
      } catch {
        // A failing subscriber must not break the order flow.
      }
    }
  }

  subscribe(listener: NoticeListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }
}
