import { MemoryOrderStore } from '../../src/mock/store/order-store.js';
import { describeOrderStore } from '../support/mock-order-store-contract.js';

describeOrderStore('MemoryOrderStore', () => new MemoryOrderStore());
