import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { orgKindLabels, type Org } from '@zhichan/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchOrg, fetchOrgs } from '../api/orgs';
import { queryKeys } from '../api/query-keys';
import { useLabel } from '../prefs/label';

interface OrgSelectProps {
  id?: string;
  value?: number | null;
  onChange?: (id: number | null) => void;
  /** Called with the chosen organisation, so the caller can offer the roles its kind allows. */
  onOrgChange?: (org: Org | undefined) => void;
  /** Only organisations at or below this region (a plan's responsible organisations: the plan's region). */
  regionCode?: string;
  allowClear?: boolean;
  placeholder?: string;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/** Searchable organisation picker over GET /api/orgs?q=… (only active organisations in the jurisdiction, or in `regionCode`). */
export function OrgSelect({ id, value, onChange, onOrgChange, regionCode, allowClear, placeholder, style, 'aria-label': ariaLabel }: OrgSelectProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const [q, setQ] = useState('');
  const { data, isFetching } = useQuery({
    queryKey: [...queryKeys.orgs, 'pick', regionCode ?? '', q],
    queryFn: () => fetchOrgs({ q: q || undefined, status: 'active', regionCode, page: 1, pageSize: 30 }),
  });
  const orgs = data?.items ?? [];
  // The chosen organisation is named even when it is not among the first matches of the search.
  const chosen = useQuery({
    queryKey: [...queryKeys.orgs, 'one', value ?? 0],
    queryFn: () => fetchOrg(value ?? 0),
    enabled: typeof value === 'number' && value > 0 && !orgs.some((o) => o.id === value),
  });
  const shown = chosen.data && !orgs.some((o) => o.id === chosen.data.id) ? [chosen.data, ...orgs] : orgs;
  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      placeholder={placeholder ?? t('users.orgSearch')}
      loading={isFetching}
      allowClear={allowClear}
      aria-label={ariaLabel}
      style={style}
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={shown.map((o) => ({ value: o.id, label: `${o.name}（${label(orgKindLabels[o.kind])}）` }))}
      onChange={(orgId: number | undefined) => {
        onChange?.(orgId ?? null);
        onOrgChange?.(shown.find((o) => o.id === orgId));
      }}
    />
  );
}
