import { Tag, Tooltip } from 'antd';
import type { z } from 'zod';
import { unknownLegalStateReason, type ZLegalState } from '@zhichan/contract';
import { usePreferences } from '../prefs/preferences';
import { usePatentLabels } from './labels';

const colours: Record<z.infer<typeof ZLegalState>, string> = { effective: 'green', lapsed: 'default', pending: 'blue', unknown: 'orange' };

/** Legal state on the reference date: 有效 / 失效 / 审中, or 未知 with its reason (no filing date, so no term end). */
export function LegalStateTag({ state }: { state: z.infer<typeof ZLegalState> }) {
  const labels = usePatentLabels();
  const { language } = usePreferences();
  const tag = <Tag color={colours[state]}>{labels.legalState(state)}</Tag>;
  return state === 'unknown' ? <Tooltip title={unknownLegalStateReason[language === 'en' ? 'en' : 'zh']}>{tag}</Tooltip> : tag;
}
