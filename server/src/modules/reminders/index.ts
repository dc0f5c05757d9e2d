import { defineModule } from '../../platform/module.js';
import { registerPeriodicSweep } from '../../platform/work-items.js';
import { registerFeeIndexHook } from './fee-index.js';
import { reminderRoutes } from './routes.js';
import { sweepReminders } from './sweep.js';

/** Proactive reminders (主动提醒, #16 §2): annual fees, lapse risk, expiries, qualifying policies, the weekly digest. */
export const remindersModule = defineModule({
  name: 'reminders',
  routes: reminderRoutes,
  register: () => {
    registerFeeIndexHook();
    registerPeriodicSweep('reminders.sweep', sweepReminders);
  },
});
