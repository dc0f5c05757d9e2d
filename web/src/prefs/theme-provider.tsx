import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider, theme, type ThemeConfig } from 'antd';
import zh_CN from 'antd/locale/zh_CN';
import en_US from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { usePreferences } from './preferences';

const normal: ThemeConfig = { token: { colorPrimary: '#0b57d0', borderRadius: 6 } };

// 适老化: GB/T 37668 and the MIIT ageing-friendly guidance ask for larger type and stronger contrast.
const elder: ThemeConfig = {
  algorithm: theme.defaultAlgorithm,
  token: {
    colorPrimary: '#003a8c',
    colorText: '#000000',
    colorTextSecondary: '#1f1f1f',
    colorTextDescription: '#1f1f1f',
    colorTextTertiary: '#262626',
    colorTextLabel: '#262626',
    colorTextPlaceholder: '#4a4a4a',
    colorBorder: '#595959',
    colorLink: '#003a8c',
    fontSize: 18,
    fontSizeLG: 20,
    fontSizeSM: 16,
    controlHeight: 40,
    lineWidth: 1,
    borderRadius: 6,
  },
};

// Animations off for people who ask their system for less motion (WCAG 2.3.3), and in the elderly-friendly mode.
const reducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Applies the antd locale, the dayjs locale and the (elderly-friendly) theme. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { language, elderMode } = usePreferences();
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
  const base = elderMode ? elder : normal;
  const themeConfig: ThemeConfig = { ...base, token: { ...base.token, motion: !(reducedMotion || elderMode) } };
  return (
    <ConfigProvider locale={language === 'en' ? en_US : zh_CN} theme={themeConfig} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
