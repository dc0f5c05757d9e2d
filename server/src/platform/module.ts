import type { AnyRoute } from './routes.js';

/**
 * A domain module as the platform sees it: its routes, and `register()`, which hands its contributions to
 * the shared registries — profile sections, indicator providers, workflow record types, periodic sweeps,
 * patent write hooks. `modules/index.ts` lists every module and calls each `register()` once, in that
 * order, at bootstrap; nothing registers itself as a side effect of being imported.
 */
export interface ModuleDef {
  name: string;
  routes: AnyRoute[];
  register?: () => void;
}

/** Declares a module (see ModuleDef). */
export function defineModule(m: ModuleDef): ModuleDef {
  return m;
}
