/** The reference module's public surface (ARCHITECTURE.md, "Module seams"). */
export { ipcAncestors } from './ipc-title.js';
