import Database from 'better-sqlite3';
import type { Database as SqliteDatabase, Statement } from 'better-sqlite3';
import type { OrderSelector } from '../../generated/types.js';
import type { DeliveryRequest } from '../../delivery/dispatcher.js';
import type { JournalEntry } from '../../delivery/journal.js';
import type { DurableOrderStore, PendingDelivery } from './durable-store.js';
import { MemoryOrderStore } from './order-store.js';
import type { OrderListener, OrderRecord } from './order-store.js';

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

interface Statements {
  insertOrder: Statement<[string, string]>;
  updateOrder: Statement<[string, string]>;
  addPending: Statement<[number, string]>;
  settlePending: Statement<[number]>;
  appendJournal: Statement<[number, string]>;
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
 */
export class SqliteOrderStore implements DurableOrderStore {
  readonly durable = true;
  readonly location: string;
  readonly #db: SqliteDatabase;
  readonly #sql: Statements;
  readonly #memory = new MemoryOrderStore();
  /** Orders changed since the last flush: each is written once per batch, however often it changed. */
  readonly #dirty = new Set<string>();
  readonly #ops: Array<() => void> = [];
  readonly #flushBatch: () => void;
  #scheduled: NodeJS.Immediate | undefined;
  /** Callers of `whenWritten()` waiting for the batch in progress. */
  #waiting: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  #nextDeliveryId: number;
  #journalLimit: number | undefined;
  #open = true;

  constructor(file: string) {
    this.location = `sqlite:${file}`;
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    // NORMAL: a commit survives the process dying (not a power cut): what a mock needs, fast.
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.exec(SCHEMA);
    this.#sql = {
      insertOrder: this.#db.prepare('INSERT INTO orders (key, record) VALUES (?, ?)'),
      updateOrder: this.#db.prepare('UPDATE orders SET record = ? WHERE key = ?'),
      addPending: this.#db.prepare('INSERT INTO pending_deliveries (id, request) VALUES (?, ?)'),
      settlePending: this.#db.prepare('DELETE FROM pending_deliveries WHERE id = ?'),
      appendJournal: this.#db.prepare('INSERT OR REPLACE INTO journal (seq, entry) VALUES (?, ?)'),
      pruneJournal: this.#db.prepare(
        'DELETE FROM journal WHERE seq <= (SELECT MAX(seq) FROM journal) - ?',
      ),
      setMeta: this.#db.prepare(
        'INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value',
      ),
    };
    for (const row of this.#db.prepare('SELECT record FROM orders ORDER BY seq').iterate()) {
      this.#memory.put(JSON.parse((row as { record: string }).record) as OrderRecord);
    }
    const meta = this.#db.prepare("SELECT value FROM meta WHERE name = 'next_delivery_id'").get();
    this.#nextDeliveryId = (meta as { value: number } | undefined)?.value ?? 1;
    this.#flushBatch = this.#db.transaction(() => {
      // Inserts first: an order put and changed in the same batch is then written as it is now.
      for (const op of this.#ops) op();
      this.#ops.length = 0;
      for (const key of this.#dirty) {
        const order = this.#memory.get(key);
        if (order) this.#sql.updateOrder.run(JSON.stringify(order), key);
      }
      this.#dirty.clear();
      this.#sql.setMeta.run('next_delivery_id', this.#nextDeliveryId);
    });
  }

  put(order: OrderRecord): void {
    this.#memory.put(order);
    this.#dirty.delete(order.key);
    const text = JSON.stringify(order);
    this.#batch(() => this.#sql.insertOrder.run(order.key, text));
  }

  /** Resolves once everything written so far is committed to the file. */
  whenWritten(): Promise<void> {
    if (this.#ops.length === 0 && this.#dirty.size === 0) return Promise.resolve();
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  get(key: string): OrderRecord | undefined {
    return this.#memory.get(key);
  }

  find(selector: OrderSelector): OrderRecord | undefined {
    return this.#memory.find(selector);
  }

  list(): OrderRecord[] {
    return this.#memory.list();
  }

  update(key: string, change: (order: OrderRecord) => void): OrderRecord | undefined {
    const order = this.#memory.update(key, change);
    if (order) {
      this.#dirty.add(key);
      this.#schedule();
    }
    return order;
  }

  countById(id: string): number {
    return this.#memory.countById(id);
  }

  clear(): void {
    this.#memory.clear();
    this.#dirty.clear();
    this.#ops.length = 0;
    this.#db.exec('DELETE FROM orders; DELETE FROM pending_deliveries; DELETE FROM journal;');
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
    return this.#db
      .prepare('SELECT id, request FROM pending_deliveries ORDER BY id')
      .all()
      .map((row) => {
        const { id, request } = row as { id: number; request: string };
        return { id, request: JSON.parse(request) as DeliveryRequest };
      });
  }

  journalEntries(limit: number): JournalEntry[] {
    this.flush();
    const rows = this.#db
      .prepare('SELECT entry FROM journal ORDER BY seq DESC LIMIT ?')
      .all(limit) as Array<{ entry: string }>;
    return rows.reverse().map((row) => JSON.parse(row.entry) as JournalEntry);
  }

  appendJournal(entry: JournalEntry): void {
    const text = JSON.stringify(entry);
    this.#batch(() => this.#sql.appendJournal.run(entry.seq, text));
    // Now and then, not per entry: the file keeps about the journal's limit, not everything.
    if (this.#journalLimit !== undefined && entry.seq % 1024 === 0) {
      const limit = this.#journalLimit;
      this.#batch(() => this.#sql.pruneJournal.run(limit));
    }
  }

  keepJournal(limit: number): void {
    this.#journalLimit = limit;
    this.flush();
    this.#sql.pruneJournal.run(limit);
  }

  flush(): void {
    if (this.#scheduled) {
      clearImmediate(this.#scheduled);
      this.#scheduled = undefined;
    }
    const waiting = this.#waiting;
    this.#waiting = [];
    try {
      if (this.#open && (this.#dirty.size > 0 || this.#ops.length > 0)) this.#flushBatch();
    } catch (error) {
      this.#ops.length = 0; // the transaction rolled back: these writes are lost, say so
      for (const w of waiting) w.reject(error as Error);
      if (waiting.length === 0) throw error;
      return;
    }
    for (const w of waiting) w.resolve();
  }

  close(): void {
    if (!this.#open) return;
    this.flush();
    this.#open = false;
    this.#db.close();
  }

  #batch(op: () => void): void {
    this.#ops.push(op);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#scheduled || !this.#open) return;
    this.#scheduled = setImmediate(() => {
      this.#scheduled = undefined;
      this.flush();
    });
  }
}
