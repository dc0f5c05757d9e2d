import { z } from 'zod';

export const ZHealth = z.object({
  status: z.literal('ok'),
  version: z.string(),
  dialect: z.enum(['sqlite', 'postgres']),
  time: z.string(),
  /** The platform's city (CITY_REGION): where region pickers start. */
  cityRegion: z.string(),
});
