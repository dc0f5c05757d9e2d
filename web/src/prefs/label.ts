import { usePreferences } from './preferences';

/** A contract label pair (`{ zh, en }`), as on roles, organisation kinds, tags and chain links. */
export interface LabelPair {
  zh: string;
  en: string;
}

/** Returns a function that picks the label in the interface language. */
export function useLabel(): (label: LabelPair) => string {
  const { language } = usePreferences();
  return (label) => (language === 'en' ? label.en : label.zh);
}
