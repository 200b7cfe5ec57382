// The one public library surface of probo-mock.
export * from './contract/index.js';
export type * from './generated/index.js';
export * from './fake/index.js';
export * from './http-client/index.js';
export * from './delivery/index.js';
export * from './scenarios/index.js';
export * from './mock/index.js';
export * from './mock/ui/index.js';
export * from './docs/index.js';
export * from './conformance/index.js';
export * from './receiver/index.js';
export * from './demo/index.js';
