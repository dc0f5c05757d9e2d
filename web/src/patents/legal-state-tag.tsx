import { Tag } from 'antd';
import type { z } from 'zod';
import type { ZLegalState } from '@zhichan/contract';
import { usePatentLabels } from './labels';

const colours: Record<z.infer<typeof ZLegalState>, string> = { effective: 'green', lapsed: 'default', pending: 'blue' };

/** Legal state on the reference date: 有效 / 失效 / 审中. */
export function LegalStateTag({ state }: { state: z.infer<typeof ZLegalState> }) {
  const labels = usePatentLabels();
  return <Tag color={colours[state]}>{labels.legalState(state)}</Tag>;
}
