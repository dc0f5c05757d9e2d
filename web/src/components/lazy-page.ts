import { lazy, type ComponentType } from 'react';

/** A page component loaded on first use from a module that exports it by name. */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
