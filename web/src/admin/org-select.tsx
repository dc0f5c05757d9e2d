import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { orgKindLabels, type Org } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchOrgs } from '../api/orgs';
import { queryKeys } from '../api/query-keys';
import { useLabel } from '../prefs/label';

interface OrgSelectProps {
  id?: string;
  value?: number;
  onChange?: (id: number) => void;
  /** Called with the chosen organisation, so the caller can offer the roles its kind allows. */
  onOrgChange?: (org: Org | undefined) => void;
}

/** Searchable organisation picker over GET /api/orgs?q=… (only active organisations in the jurisdiction). */
export function OrgSelect({ id, value, onChange, onOrgChange }: OrgSelectProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const [q, setQ] = useState('');
  const { data, isFetching } = useQuery({
    queryKey: [...queryKeys.orgs, 'pick', q],
    queryFn: () => fetchOrgs({ q: q || undefined, status: 'active', page: 1, pageSize: 30 }),
  });
  const orgs = data?.items ?? [];
  return (
    <Select<number>
      id={id}
      value={value}
      placeholder={t('users.orgSearch')}
      loading={isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${label(orgKindLabels[o.kind])}）` }))}
      onChange={(orgId) => {
        onChange?.(orgId);
        onOrgChange?.(orgs.find((o) => o.id === orgId));
      }}
    />
  );
}
