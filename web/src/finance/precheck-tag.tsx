import { Tag, Typography } from 'antd';
import type { Precheck } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../prefs/preferences';

/** 符合 / 不符合 with each failing rule and the enterprise's own figure. */
export function PrecheckResult({ precheck }: { precheck: Precheck | null }) {
  const { t } = useTranslation();
  const { language } = usePreferences();
  if (!precheck) return <>—</>;
  const failing = precheck.checks.filter((c) => !c.met);
  return (
    <div>
      <Tag color={precheck.eligible ? 'green' : 'red'}>{precheck.eligible ? t('fin.eligible') : t('fin.ineligible')}</Tag>
      {failing.length > 0 && (
        <ul className="precheck-reasons" style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
          {failing.map((c) => (
            <li key={c.rule}>
              <Typography.Text>{language === 'en' ? c.textEn : c.text}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
