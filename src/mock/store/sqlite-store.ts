import Database from 'better-sqlite3';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { OrderSelector } from '../../generated/types.js';
import type { DeliveryRequest } from '../../delivery/dispatcher.js';
import type { JournalEntry } from '../../delivery/journal.js';
import type { DurableOrderStore, PendingDelivery } from './durable-store.js';
import { MemoryOrderStore } from './order-store.js';
import type { OrderListener, OrderRecord } from './order-store.js';
import { naming, StoreError } from './store-error.js';
import { describeHolder, dropHolder, noteHolder } from './store-lock.js';

/** The tables as the first release wrote them; MIGRATIONS brings a file up to date from there. */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS orders (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    record TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS pending_deliveries (id INTEGER PRIMARY KEY, request TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS journal (seq INTEGER PRIMARY KEY, entry TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
`;

/**
 * Schema changes, in order; a file's `user_version` says how many it has had. 1: each order's
 * tenant and each journal entry's order key as columns (eviction deletes an order's entries; a
 * file written before tenancy has no tenants: its orders stay every key's).
 */
const MIGRATIONS: readonly string[] = [
  `ALTER TABLE orders ADD COLUMN tenant TEXT;
   UPDATE orders SET tenant = json_extract(record, '$.tenant');
   ALTER TABLE journal ADD COLUMN order_key TEXT;
   UPDATE journal SET order_key = json_extract(entry, '$.orderKey');
   CREATE INDEX journal_order_key ON journal (order_key);`,
];

/** Milliseconds between tries of a write that failed (invented). */
export const STORE_RETRY_MS = 1000;

export interface SqliteStoreOptions {
  /** Opens the database (tests pass one whose writes fail on demand). */
  open?: (file: string) => SqliteDatabase;
  /** Milliseconds between tries of a failed write (default STORE_RETRY_MS). */
  retryMs?: number;
}

interface Statements {
  insertOrder: Statement<[string, string | null, string]>;
  updateOrder: Statement<[string, string]>;
  deleteOrder: Statement<[string]>;
  addPending: Statement<[number, string]>;
  settlePending: Statement<[number]>;
  appendJournal: Statement<[number, string, string]>;
  deleteJournalOf: Statement<[string]>;
  setMeta: Statement<[string, number]>;
  pruneJournal: Statement<[number]>;
}

/**
 * Orders, unfinished deliveries and the journal in one SQLite file (WAL, prepared statements).
 * Reads come from memory (the same MemoryOrderStore as the default); every write is batched into
 * one transaction per turn of the event loop, so intake speed holds (group commit). The order
 * route waits for `whenWritten()` before it answers 202: an accepted order is on disk. A crash
 * loses at most the last batch of steps and delivery results; on restart those happen again
 * (at least once, never lost).
 *
 * A write that fails (disk full, I/O error, read-only) is kept, not dropped: the store reports
 * its `fault`, tries again every `retryMs`, and reports recovery once a write succeeds. One
 * process holds the file (SQLite's exclusive locking mode): a second one is refused at open,
 * told which process holds it.
 */
export class SqliteOrderStore implements DurableOrderStore {
  readonly durable = true;
  readonly location: string;
  readonly #file: string;
  readonly #db: SqliteDatabase;
  readonly #sql: Statements;
  readonly #memory = new MemoryOrderStore();
  /** Orders put since the last flush: written as they are at the flush. */
  readonly #inserts = new Set<string>();
  /** Orders changed since the last flush: each is written once per batch, however often it changed. */
  readonly #dirty = new Set<string>();
  readonly #ops: Array<() => void> = [];
  readonly #flushBatch: () => void;
  readonly #retryMs: number;
  readonly #faultListeners = new Set<(fault: StoreError | undefined) => void>();
  #scheduled: NodeJS.Immediate | undefined;
  #retry: NodeJS.Timeout | undefined;
  #fault: StoreError | undefined;
  /** Callers of `whenWritten()` waiting for the batch in progress. */
  #waiting: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  #nextDeliveryId: number;
  #journalLimit: number | undefined;
  #open = true;

  constructor(file: string, options: SqliteStoreOptions = {}) {
    this.location = `sqlite:${file}`;
    this.#file = file;
    this.#retryMs = options.retryMs ?? STORE_RETRY_MS;
    const open = options.open ?? ((f: string) => new Database(f));
    this.#db = naming(this.location, 'cannot open the file', () => open(file));
    try {
      this.#sql = this.#prepare();
      this.#nextDeliveryId = this.#load();
    } catch (error) {
      this.#db.close();
      throw error;
    }
    noteHolder(file);
    this.#flushBatch = this.#db.transaction(() => {
      for (const key of this.#inserts) {
        const order = this.#memory.get(key);
        if (order) this.#sql.insertOrder.run(key, order.tenant ?? null, JSON.stringify(order));
      }
      for (const op of this.#ops) op();
      for (const key of this.#dirty) {
        const order = this.#memory.get(key);
        if (order && !this.#inserts.has(key)) this.#sql.updateOrder.run(JSON.stringify(order), key);
      }
      this.#sql.setMeta.run('next_delivery_id', this.#nextDeliveryId);
    });
  }

  /** Takes the file (or says who holds it), brings its schema up to date, prepares statements. */
  #prepare(): Statements {
    const db = this.#db;
    try {
      // Exclusive: the lock is taken at the first write below and held until close (the OS
      // drops it if the process dies). A second process fails at once instead of interleaving.
      db.pragma('busy_timeout = 0');
      db.pragma('locking_mode = EXCLUSIVE');
      db.pragma('journal_mode = WAL');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'SQLITE_BUSY')
        throw new StoreError(
          this.location,
          `in use by ${describeHolder(this.#file)}: one file serves one mock at a time; stop that one or use another file`,
          error,
        );
      throw new StoreError(this.location, 'cannot open the file', error);
    }
    return naming(this.location, 'cannot prepare the file', () => {
      // NORMAL: a commit survives the process dying (not a power cut): what a mock needs, fast.
      db.pragma('synchronous = NORMAL');
      db.transaction(() => {
        db.exec(SCHEMA);
        const version = db.pragma('user_version', { simple: true }) as number;
        if (version > MIGRATIONS.length)
          throw new Error(
            `written by a newer probo-mock (schema ${version}; this one knows up to ${MIGRATIONS.length})`,
          );
        for (const step of MIGRATIONS.slice(version)) db.exec(step);
        db.pragma(`user_version = ${MIGRATIONS.length}`);
      })();
      return {
        insertOrder: db.prepare('INSERT INTO orders (key, tenant, record) VALUES (?, ?, ?)'),
        updateOrder: db.prepare('UPDATE orders SET record = ? WHERE key = ?'),
        deleteOrder: db.prepare('DELETE FROM orders WHERE key = ?'),
        addPending: db.prepare('INSERT INTO pending_deliveries (id, request) VALUES (?, ?)'),
        settlePending: db.prepare('DELETE FROM pending_deliveries WHERE id = ?'),
        appendJournal: db.prepare(
          'INSERT OR REPLACE INTO journal (seq, order_key, entry) VALUES (?, ?, ?)',
        ),
        deleteJournalOf: db.prepare('DELETE FROM journal WHERE order_key = ?'),
        pruneJournal: db.prepare(
          'DELETE FROM journal WHERE seq <= (SELECT MAX(seq) FROM journal) - ?',
        ),
        setMeta: db.prepare(
          'INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value',
        ),
      };
    });
  }

  /** Reads the orders into memory; returns the next delivery id. */
  #load(): number {
    return naming(this.location, 'cannot read the file', () => {
      for (const row of this.#db.prepare('SELECT record FROM orders ORDER BY seq').iterate()) {
        this.#memory.put(JSON.parse((row as { record: string }).record) as OrderRecord);
      }
      const meta = this.#db.prepare("SELECT value FROM meta WHERE name = 'next_delivery_id'").get();
      return (meta as { value: number } | undefined)?.value ?? 1;
    });
  }

  put(order: OrderRecord): void {
    this.#memory.put(order);
    this.#inserts.add(order.key);
    this.#schedule();
  }

  /** Resolves once everything written so far is committed to the file. */
  whenWritten(): Promise<void> {
    if (this.#fault) return Promise.reject(this.#fault);
    if (this.#ops.length === 0 && this.#dirty.size === 0 && this.#inserts.size === 0)
      return Promise.resolve();
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  get fault(): StoreError | undefined {
    return this.#fault;
  }

  onFault(listener: (fault: StoreError | undefined) => void): () => void {
    this.#faultListeners.add(listener);
    return () => {
      this.#faultListeners.delete(listener);
    };
  }

  get(key: string): OrderRecord | undefined {
    return this.#memory.get(key);
  }

  find(selector: OrderSelector, tenant?: string): OrderRecord | undefined {
    return this.#memory.find(selector, tenant);
  }

  list(): OrderRecord[] {
    return this.#memory.list();
  }

  oldest(): Iterable<OrderRecord> {
    return this.#memory.oldest();
  }

  get size(): number {
    return this.#memory.size;
  }

  update(key: string, change: (order: OrderRecord) => void): OrderRecord | undefined {
    const order = this.#memory.update(key, change);
    if (order) {
      this.#dirty.add(key);
      this.#schedule();
    }
    return order;
  }

  remove(key: string): boolean {
    if (!this.#memory.remove(key)) return false;
    this.#dirty.delete(key);
    // Never written: nothing to delete. Otherwise the order and its journal entries go.
    if (!this.#inserts.delete(key))
      this.#batch(() => {
        this.#sql.deleteOrder.run(key);
        this.#sql.deleteJournalOf.run(key);
      });
    return true;
  }

  countById(id: string, tenant?: string): number {
    return this.#memory.countById(id, tenant);
  }

  clear(): void {
    this.#memory.clear();
    this.#dirty.clear();
    this.#inserts.clear();
    this.#ops.length = 0;
    this.#ops.push(() =>
      this.#db.exec('DELETE FROM orders; DELETE FROM pending_deliveries; DELETE FROM journal;'),
    );
    this.flush();
  }

  subscribe(listener: OrderListener): () => void {
    return this.#memory.subscribe(listener);
  }

  add(request: DeliveryRequest): number {
    const id = this.#nextDeliveryId++;
    const text = JSON.stringify(request);
    this.#batch(() => this.#sql.addPending.run(id, text));
    return id;
  }

  settle(id: number): void {
    this.#batch(() => this.#sql.settlePending.run(id));
  }

  pendingDeliveries(): PendingDelivery[] {
    this.flush();
    return naming(this.location, 'cannot read the pending deliveries', () =>
      this.#db
        .prepare('SELECT id, request FROM pending_deliveries ORDER BY id')
        .all()
        .map((row) => {
          const { id, request } = row as { id: number; request: string };
          return { id, request: JSON.parse(request) as DeliveryRequest };
        }),
    );
  }

  journalEntries(limit: number): JournalEntry[] {
    this.flush();
    const rows = naming(
      this.location,
      'cannot read the journal',
      () =>
        this.#db
          .prepare('SELECT entry FROM journal ORDER BY seq DESC LIMIT ?')
          .all(limit) as Array<{ entry: string }>,
    );
    return rows.reverse().map((row) => JSON.parse(row.entry) as JournalEntry);
  }

  appendJournal(entry: JournalEntry): void {
    const text = JSON.stringify(entry);
    this.#batch(() => this.#sql.appendJournal.run(entry.seq, entry.orderKey, text));
    // Now and then, not per entry: the file keeps about the journal's limit, not everything.
    if (this.#journalLimit !== undefined && entry.seq % 1024 === 0) {
      const limit = this.#journalLimit;
      this.#batch(() => this.#sql.pruneJournal.run(limit));
    }
  }

  keepJournal(limit: number): void {
    this.#journalLimit = limit;
    this.#batch(() => this.#sql.pruneJournal.run(limit));
    this.flush();
  }

  /**
   * Writes what is batched now, in one transaction. A failure rolls the transaction back and
   * keeps the batch: callers waiting on it are told (their orders were not stored), the store
   * reports its fault and tries again every `retryMs`. Never throws.
   */
  flush(): void {
    if (this.#scheduled) {
      clearImmediate(this.#scheduled);
      this.#scheduled = undefined;
    }
    if (!this.#open) return;
    const waiting = this.#waiting;
    this.#waiting = [];
    // While faulted, an empty batch is tried too: its meta write probes whether writes work.
    if (this.#fault || this.#inserts.size > 0 || this.#dirty.size > 0 || this.#ops.length > 0) {
      try {
        this.#flushBatch();
      } catch (error) {
        const fault = new StoreError(this.location, 'cannot write', error);
        for (const w of waiting) w.reject(fault);
        this.#failed(fault);
        return;
      }
      this.#inserts.clear();
      this.#ops.length = 0;
      this.#dirty.clear();
    }
    if (this.#fault) this.#recovered();
    for (const w of waiting) w.resolve();
  }

  /** Flushes (a write that still fails is left for a restart to replay) and closes. */
  close(): void {
    if (!this.#open) return;
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = undefined;
    this.flush();
    this.#open = false;
    this.#db.close();
    dropHolder(this.#file);
  }

  #failed(fault: StoreError): void {
    const first = this.#fault === undefined;
    this.#fault = fault;
    this.#retry ??= setTimeout(() => {
      this.#retry = undefined;
      this.flush();
    }, this.#retryMs);
    if (first) this.#tell(fault);
  }

  #recovered(): void {
    this.#fault = undefined;
    this.#tell(undefined);
  }

  #tell(fault: StoreError | undefined): void {
    for (const listener of this.#faultListeners) {
      try {
        listener(fault);
      } catch {
        // A failing listener must not break the store.
      }
    }
  }

  #batch(op: () => void): void {
    this.#ops.push(op);
    this.#schedule();
  }

  #schedule(): void {
    // While a write fails, the retry timer flushes: no attempt per turn of the event loop.
    if (this.#scheduled || this.#retry || !this.#open) return;
    this.#scheduled = setImmediate(() => {
      this.#scheduled = undefined;
      this.flush();
    });
  }
}
