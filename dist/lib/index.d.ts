export * from './types/src/lib/index.js';
