export * from './order-context.js';
export * from './callback.js';
export * from './callback-json.js';
export * from './order.js';
export { CARRIERS, type Carrier, trackAndTrace, dutchPostalCode } from './carriers.js';
export { seededFaker, hashSeed } from './seeded-faker.js';
