export * from './bulletin.js';
