import type { DeliveryRequest } from '../../delivery/dispatcher.js';
import type { JournalEntry } from '../../delivery/journal.js';
import type { DeliveryOutbox } from '../../delivery/outbox.js';
import type { OrderStore } from './order-store.js';
import type { StoreError } from './store-error.js';

/** A delivery queued before the mock stopped, to be sent again. */
export interface PendingDelivery {
  id: number;
  request: DeliveryRequest;
}

/**
 * An order store that survives a restart: besides the orders it keeps the deliveries not yet
 * finished (the dispatcher's outbox) and the journal, so the mock can pick up where it stopped.
 */
export interface DurableOrderStore extends OrderStore, DeliveryOutbox {
  readonly durable: true;
  /** Where it lives, for messages (`sqlite:FILE`). */
  readonly location: string;
  /** Unfinished deliveries, in the order they were queued. */
  pendingDeliveries(): PendingDelivery[];
  /** The newest `limit` journal entries, oldest first. */
  journalEntries(limit: number): JournalEntry[];
  appendJournal(entry: JournalEntry): void;
  /** Keeps only the newest `limit` journal entries in the store, now and from now on. */
  keepJournal(limit: number): void;
  /** Writes what is batched now; a failure is kept as `fault` (never thrown) and retried. */
  flush(): void;
  /** Resolves once everything written so far is committed (rejects when the write failed). */
  whenWritten(): Promise<void>;
  /**
   * Why the store cannot write now (disk full, I/O error, read-only), naming the file; undefined
   * while writes succeed. What could not be written is kept and retried until it is.
   */
  readonly fault: StoreError | undefined;
  /** Told when writes start failing (the error) and when they succeed again (undefined). */
  onFault(listener: (fault: StoreError | undefined) => void): () => void;
  /** Flushes and closes; the store is unusable afterwards. */
  close(): void;
}

export function isDurableStore(store: OrderStore): store is DurableOrderStore {
  return (store as Partial<DurableOrderStore>).durable === true;
}
