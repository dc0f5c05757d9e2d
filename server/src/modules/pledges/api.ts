/** The pledges module's public surface (ARCHITECTURE.md, "Module seams"). */
// Registered pledges whose secured debt ends soon (the services' reminders, #16 §2).
export { findRegisteredPledgesEnding } from './expiry-repository.js';
