import { Tag } from 'antd';
import type { OrgStatus } from '@zhichan/contract';
import { useTranslation } from 'react-i18next';

const colours: Record<OrgStatus, string> = { active: 'green', pending: 'orange', rejected: 'red', disabled: 'default' };

/** The status of an enterprise registration (已通过/待审核/已驳回/已停用) or of an organisation. */
export function StatusTag({ status, kind = 'enterprise' }: { status: OrgStatus; kind?: 'enterprise' | 'org' }) {
  const { t } = useTranslation();
  return <Tag color={colours[status]}>{kind === 'enterprise' ? t(`enterpriseStatus.${status}`) : t(`orgStatus.${status}`)}</Tag>;
}
