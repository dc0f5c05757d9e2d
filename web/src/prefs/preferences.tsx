import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { changeLanguage, storedLanguage, type Language } from '../i18n';

const ELDER_KEY = 'zhichan.elderMode';

interface Preferences {
  language: Language;
  setLanguage(lng: Language): void;
  /** Elderly-friendly mode (适老化): larger text, higher contrast. */
  elderMode: boolean;
  setElderMode(on: boolean): void;
}

const PreferencesContext = createContext<Preferences | null>(null);

/** Holds the interface language and the elderly-friendly switch, both remembered in localStorage. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [language, setLang] = useState<Language>(storedLanguage);
  const [elderMode, setElder] = useState(() => localStorage.getItem(ELDER_KEY) === '1');

  const setLanguage = useCallback((lng: Language) => {
    setLang(lng);
    void changeLanguage(lng);
  }, []);
  const setElderMode = useCallback((on: boolean) => {
    setElder(on);
    localStorage.setItem(ELDER_KEY, on ? '1' : '0');
  }, []);
  useEffect(() => {
    document.body.classList.toggle('elder-mode', elderMode);
  }, [elderMode]);

  const value = useMemo(() => ({ language, setLanguage, elderMode, setElderMode }), [language, setLanguage, elderMode, setElderMode]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

/** The current preferences; only inside PreferencesProvider. */
export function usePreferences(): Preferences {
  const p = useContext(PreferencesContext);
  if (!p) throw new Error('usePreferences outside PreferencesProvider');
  return p;
}
