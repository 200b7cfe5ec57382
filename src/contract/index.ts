export * from './statuses.js';
export * from './lifecycle.js';
