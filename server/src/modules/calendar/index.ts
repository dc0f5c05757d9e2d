import { defineModule } from '../../platform/module.js';
import { registerPeriodicSweep } from '../../platform/work-items.js';
import { calendarRoutes } from './routes.js';
import { reloadHolidayCalendar } from './service.js';

/**
 * The holiday calendar module (节假日安排): its administration routes, and an hourly reload of the
 * in-memory calendar so a change made through another server process reaches this one.
 */
export const calendarModule = defineModule({
  name: 'calendar',
  routes: calendarRoutes,
  register: () => {
    registerPeriodicSweep('calendar.reload', async (ctx) => {
      await reloadHolidayCalendar(ctx);
      return 0;
    });
  },
});

export { loadHolidayCalendar } from './service.js';
