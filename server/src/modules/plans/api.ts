/** The plans module's public surface (ARCHITECTURE.md, "Module seams"). */
export { createPlan, notifyOverdueTasks } from './service.js';
