import { randomBytes } from 'node:crypto';
import type { UploaderCallback } from '../generated/types.js';

export type SessionStatus = 'open' | 'confirmed' | 'processed';

/** One uploader session: a product's files, confirmed by a person on the session page. */
export interface UploaderSessionRecord {
  id: number;
  externalId: number;
  productId: number;
  token: string;
  /** Gets `confirmed` and `processed` (sessions of `POST /products/uploader/create`). */
  callbackUrl: string | undefined;
  calculationId: number | undefined;
  /** The order waiting for it (sessions of an order with `"uploader": true`). */
  orderKey: string | undefined;
  language: string | undefined;
  status: SessionStatus;
  file?: { name: string; sizeInBytes: number };
  createdAt: string;
  confirmedAt?: string;
}

export interface NewSession {
  productId: number;
  callbackUrl?: string;
  calculationId?: number;
  orderKey?: string;
  language?: string;
}

/**
 * The uploader sessions of the mock (Probo's uploader is a web application; the mock's is a
 * small page on the mock itself; invented). Ids count up from 100, external ids from 5 000 000.
 * Memory stays bounded: an order's sessions go when the order is forgotten (`forgetOrder`), and
 * of the sessions no order has, the latest `looseLimit` are kept.
 */
export class UploaderSessions {
  readonly #sessions = new Map<number, UploaderSessionRecord>();
  readonly #waiting = new Map<number, Array<() => void>>();
  /** Each order's sessions, oldest first: `POST /order` asks for them on every post. */
  readonly #ofOrder = new Map<string, UploaderSessionRecord[]>();
  /** Sessions with no order, oldest first (the first to go past `looseLimit`). */
  readonly #loose = new Set<number>();
  /** Sessions an order named (made by `POST /products/uploader/create`, not for the order). */
  readonly #named = new Set<number>();
  #next = 100;

  constructor(readonly looseLimit = 10_000) {}

  create(request: NewSession): UploaderSessionRecord {
    const id = this.#next++;
    const session: UploaderSessionRecord = {
      id,
      externalId: 5_000_000 + id,
      productId: request.productId,
      token: randomBytes(20).toString('hex'),
      callbackUrl: request.callbackUrl,
      calculationId: request.calculationId,
      orderKey: request.orderKey,
      language: request.language,
      status: 'open',
      createdAt: new Date().toISOString(),
    };
    this.#sessions.set(id, session);
    if (session.orderKey !== undefined) this.#index(session);
    else this.#keepLoose(id);
    return session;
  }

  /** Gives an open session without an order to `orderKey` (a session the post names). */
  attach(id: number, orderKey: string): void {
    const session = this.#sessions.get(id);
    if (!session || session.orderKey !== undefined) return;
    session.orderKey = orderKey;
    this.#loose.delete(id);
    this.#named.add(id);
    this.#index(session);
  }

  /**
   * The order is gone (forgotten past the order limit, or taken back when its post failed): the
   * sessions made for it go too. One it named that is still open goes back to the sessions with
   * no order, so the shop's retried post can name it again.
   */
  forgetOrder(orderKey: string): void {
    const mine = this.#ofOrder.get(orderKey);
    if (!mine) return;
    this.#ofOrder.delete(orderKey);
    for (const session of mine) {
      // Its waiter belonged to the order that is gone.
      this.#waiting.delete(session.id);
      if (this.#named.delete(session.id) && session.status === 'open') {
        session.orderKey = undefined;
        this.#keepLoose(session.id);
      } else this.#sessions.delete(session.id);
    }
  }

  /** Counts `id` among the sessions with no order, forgetting the oldest past the limit. */
  #keepLoose(id: number): void {
    this.#loose.add(id);
    for (const oldest of this.#loose) {
      if (this.#loose.size <= this.looseLimit) break;
      this.#loose.delete(oldest);
      this.#sessions.delete(oldest);
    }
  }

  #index(session: UploaderSessionRecord): void {
    const key = session.orderKey as string;
    const mine = this.#ofOrder.get(key);
    if (!mine) this.#ofOrder.set(key, [session]);
    else {
      // Oldest first, as list() has them: a named session is older than the ones made for it.
      mine.push(session);
      mine.sort((a, b) => a.id - b.id);
    }
  }

  get(id: number): UploaderSessionRecord | undefined {
    return this.#sessions.get(id);
  }

  list(): UploaderSessionRecord[] {
    return [...this.#sessions.values()];
  }

  /** The sessions an order waits for. */
  ofOrder(orderKey: string): UploaderSessionRecord[] {
    return [...(this.#ofOrder.get(orderKey) ?? [])];
  }

  /**
   * Confirms a file for the session. Returns undefined when the token is wrong; confirming
   * again changes nothing (the first file stays).
   */
  confirm(
    id: number,
    token: string,
    file: { name: string; sizeInBytes: number },
  ): UploaderSessionRecord | undefined {
    const session = this.#sessions.get(id);
    if (!session || session.token !== token) return undefined;
    if (session.status === 'open') {
      session.status = 'confirmed';
      session.file = file;
      session.confirmedAt = new Date().toISOString();
      for (const resolve of this.#waiting.get(id) ?? []) resolve();
      this.#waiting.delete(id);
    }
    return session;
  }

  /** Resolves once the session is confirmed (at once if it is). */
  whenConfirmed(id: number): Promise<void> {
    const session = this.#sessions.get(id);
    if (!session || session.status !== 'open') return Promise.resolve();
    return new Promise((resolve) => {
      const list = this.#waiting.get(id) ?? [];
      list.push(resolve);
      this.#waiting.set(id, list);
    });
  }

  /** How many sessions are kept (for the bounds' tests and health). */
  get size(): number {
    return this.#sessions.size;
  }

  clear(): void {
    this.#waiting.clear();
    this.#sessions.clear();
    this.#ofOrder.clear();
    this.#loose.clear();
    this.#named.clear();
  }
}

/** The callback body of a session's status (the documented start of it, the rest invented). */
export function uploaderCallback(
  session: UploaderSessionRecord,
  status: 'confirmed' | 'processed',
  base: string,
): UploaderCallback {
  const name = session.file?.name ?? 'file.pdf';
  const files = `${base}/uploader/${session.id}/files`;
  return {
    status,
    id: session.id,
    external_id: session.externalId,
    products: [
      {
        id: session.productId,
        tiling_format: 'none',
        tiles_horizontal: 0,
        tiles_vertical: 0,
        tiles: [],
        front_side: {
          file: {
            status: status === 'confirmed' ? 'not_converted' : 'converted',
            preview_url: `${files}/preview.jpg`,
            preview_medium_url: `${files}/preview-medium.jpg`,
            original_file_url: `${files}/${encodeURIComponent(name)}`,
            production_file_url: status === 'processed' ? `${files}/production.pdf` : null,
            file_name: name,
            original_file_hash: null,
            size_in_bytes: session.file?.sizeInBytes ?? 0,
            dpi: 72,
            page: 1,
            is_booklet: false,
          },
          warnings: [],
        },
      },
    ],
  };
}
