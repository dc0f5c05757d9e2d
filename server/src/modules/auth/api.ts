/** The auth module's public surface (ARCHITECTURE.md, "Module seams"). */
export { clearLoginFailures, deleteUserSessions, findUserById } from './repository.js';
export { presentSessionUser } from './service.js';
