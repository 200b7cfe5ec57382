import type { ProductCatalog, UploaderSessions } from '../../catalog/index.js';
import type { MockEngine } from '../engine/engine.js';
import type { CallLog } from './call-log.js';
import type { FaultRules } from './faults.js';
import type { RateLimiter } from './rate-limiter.js';

/** What the catalog, uploader and shop-admin routes share (made once by the plugin). */
export interface ShopContext {
  engine: MockEngine;
  catalog: ProductCatalog;
  /** The catalog if a call has loaded it already (the seeded one loads at its first use). */
  catalogIfLoaded(): ProductCatalog | undefined;
  sessions: UploaderSessions;
  faults: FaultRules;
  calls: CallLog;
  limiter: RateLimiter | undefined;
  /** Refuse order products the catalog does not know (`--strict-catalog`). */
  strictCatalog: boolean;
}
