import { Descriptions } from 'antd';
import type { ReactNode } from 'react';

/** A record's facts as label/value rows; empty values show "—". */
export function Facts({ rows }: { rows: [label: string, value: ReactNode | null | undefined, show?: boolean][] }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={rows
        .filter(([, , show]) => show !== false)
        .map(([label, value], i) => ({ key: String(i), label, children: value === null || value === undefined || value === '' ? '—' : value }))}
    />
  );
}
