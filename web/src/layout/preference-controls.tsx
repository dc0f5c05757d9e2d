import { Radio, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../prefs/preferences';

/** Language switch (中文/English) and the elderly-friendly (适老化) toggle. */
export function PreferenceControls() {
  const { t } = useTranslation();
  const { language, setLanguage, elderMode, setElderMode } = usePreferences();
  return (
    <Space size="middle" wrap>
      <Radio.Group
        aria-label={t('header.language')}
        optionType="button"
        size="small"
        value={language}
        onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'zh-CN')}
        options={[
          { value: 'zh-CN', label: '中文' },
          { value: 'en', label: 'English' },
        ]}
      />
      <span className="elder-toggle">
        <Switch id="elder-mode" size="small" checked={elderMode} onChange={setElderMode} aria-describedby="elder-mode-hint" />
        <label htmlFor="elder-mode">{t('header.elderMode')}</label>
        <span id="elder-mode-hint" className="visually-hidden">
          {t('header.elderModeHint')}
        </span>
      </span>
    </Space>
  );
}
