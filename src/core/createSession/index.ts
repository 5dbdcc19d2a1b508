export * from './body.js';
export * from './response.js';
export * from './serviceError.js';
