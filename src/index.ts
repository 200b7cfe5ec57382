// The one public library surface of probo-mock.
export * from './contract/index.js';
