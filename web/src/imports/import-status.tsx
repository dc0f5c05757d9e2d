import { Tag } from 'antd';
import type { ImportJob } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';

const colours: Record<ImportJob['status'], string> = { running: 'processing', done: 'success', failed: 'error', interrupted: 'warning' };

/** 导入中 / 完成 / 失败 / 已中断. */
export function ImportStatusTag({ status }: { status: ImportJob['status'] }) {
  const { t } = useTranslation();
  return <Tag color={colours[status]}>{t(`imports.status.${status}`)}</Tag>;
}
