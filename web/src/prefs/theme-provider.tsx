import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider, theme, type ThemeConfig } from 'antd';
import zh_CN from 'antd/locale/zh_CN';
import en_US from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { usePreferences } from './preferences';

/** The text colour of antd's preset tag colours, under both the current and the legacy token name. */
function tagText(colours: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(colours).flatMap(([c, v]) => [
      [`${c}7`, v],
      [`${c}-7`, v],
    ]),
  );
}

/**
 * Colours that pass WCAG AA (4.5:1) for normal-size text, set once for every page. Ant Design's defaults do not:
 * its greys (#8c8c8c 3.36:1, placeholder #bfbfbf 1.83:1), link blue #1677ff (4.1:1), status colours used as text
 * (#52c41a, #faad14, #ff4d4f) and the preset tag colours (text <colour>-7 on <colour>-1: gold 2.75:1, green
 * 3.37:1 …). Tags and 【演示】 marks take their text colour from the palettes below.
 */
const accessibleColours: ThemeConfig['token'] = {
  colorTextTertiary: '#666666', // 5.7:1 on white (descriptions, secondary typography, menu group titles)
  colorTextDescription: '#666666',
  colorTextPlaceholder: '#6b6b6b', // 5.3:1 on white
  colorLink: '#0b57d0', // 6.4:1; on the search highlight #ffe58f 5.1:1
  // Hovered links and buttons get darker, not lighter (antd's derived hover blue #5799eb is 2.9:1).
  colorLinkHover: '#003a8c',
  colorLinkActive: '#003a8c',
  colorPrimaryHover: '#0842a0',
  colorInfo: '#0b57d0',
  colorSuccess: '#237804', // 5.6:1
  colorWarning: '#ad4e00', // 5.6:1
  colorError: '#cf1322', // 5.6:1
  // Their light backgrounds stay antd's (derived from the darker colours they would turn grey: 2.7:1 on a tag).
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#b7eb8f',
  colorWarningBg: '#fff7e6',
  colorWarningBorder: '#ffd591',
  colorErrorBg: '#fff2f0',
  colorErrorBorder: '#ffccc7',
  colorInfoBg: '#e6f4ff',
  colorInfoBorder: '#91caff',
  // Preset tag text (<colour>7 on <colour>1): a darker step of the same hue. antd also keeps the legacy name
  // <colour>-7, and both become the CSS variable --ant-<colour>-7, so both are set.
  ...tagText({
    gold: '#874d00',
    yellow: '#876800',
    orange: '#ad4e00',
    volcano: '#ad2102',
    green: '#237804',
    lime: '#3f6600',
    cyan: '#006d75',
    magenta: '#9e1068',
  }),
};

/** An empty table's 暂无数据 is drawn in the disabled grey (#bfbfbf, 1.83:1); it is information, so readable. */
const components: ThemeConfig['components'] = { Table: { colorTextDisabled: '#666666' }, Empty: { colorTextDisabled: '#666666' } };

const normal: ThemeConfig = { token: { colorPrimary: '#0b57d0', borderRadius: 6, ...accessibleColours }, components };

// 适老化: GB/T 37668 and the MIIT ageing-friendly guidance ask for larger type and stronger contrast.
const elder: ThemeConfig = {
  algorithm: theme.defaultAlgorithm,
  components,
  token: {
    ...accessibleColours,
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
