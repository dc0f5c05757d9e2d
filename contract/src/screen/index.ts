export * from './screen.js';
