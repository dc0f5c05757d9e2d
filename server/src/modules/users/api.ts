/** The users module's public surface (ARCHITECTURE.md, "Module seams"). */
export { findUserIdByUsername, findUsersCovering, insertUser } from './repository.js';
