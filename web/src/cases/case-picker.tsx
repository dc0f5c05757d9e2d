import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { SourceRef } from '@zhichan/contract';
import { useState } from 'react';
import { fetchCaseDesk, fetchDisputes } from '../api/cases';

/**
 * Picks the source case of a referral or mediation from the cases the user handles (searched by number, title or
 * respondent): a penalty case, or a patent dispute. The form gets the case's id; `onPick` its reference.
 */
export function CasePicker({
  kind,
  value,
  onChange,
  onPick,
  ariaLabel,
  id,
}: {
  kind: 'penalty' | 'dispute';
  value?: number;
  onChange?: (id: number | undefined) => void;
  onPick: (ref: SourceRef | undefined) => void;
  ariaLabel: string;
  id?: string;
}) {
  const [q, setQ] = useState('');
  const query = useQuery({
    queryKey: ['cases', 'picker', kind, q],
    queryFn: async () =>
      kind === 'penalty'
        ? (await fetchCaseDesk({ q: q || undefined, pageSize: 20 })).items.map((c) => ({
            recordType: 'penalty_case',
            recordId: c.id,
            caseNo: c.caseNo,
            title: c.title,
          }))
        : (await fetchDisputes({ pageSize: 50 })).items
            .filter((d) => !q || `${d.caseNo}${d.patentNo}${d.requesterName}${d.respondentName}`.includes(q))
            .map((d) => ({
              recordType: 'patent_dispute',
              recordId: d.id,
              caseNo: d.caseNo,
              title: `${d.requesterName} 诉 ${d.respondentName}（${d.patentNo}）`,
            })),
  });
  const refs: SourceRef[] = query.data ?? [];
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      showSearch
      allowClear
      filterOption={false}
      onSearch={setQ}
      loading={query.isFetching}
      value={value}
      onChange={(v: number | undefined) => {
        onChange?.(v);
        onPick(refs.find((r) => r.recordId === v));
      }}
      options={refs.map((r) => ({ value: r.recordId, label: `${r.caseNo} ${r.title}` }))}
    />
  );
}
