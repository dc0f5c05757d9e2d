import { Cascader } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { Region } from '@zhichan/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchRegionPath, fetchRegions } from '../api/regions';
import { queryKeys } from '../api/query-keys';

interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
}

interface RegionPickerProps {
  /** Injected by Form.Item so the label points at the input. */
  id?: string;
  /** The chosen region code (the last level picked). */
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** Start below this region (a staff member's jurisdiction); the provinces when absent. */
  rootParent?: string;
  placeholder?: string;
  'aria-label'?: string;
}

const toOption = (r: Region): RegionOption => ({ value: r.code, label: r.name, isLeaf: !r.hasChildren });

/** Inserts children under the option with `code`, returning a new tree. */
function attach(options: RegionOption[], code: string, children: RegionOption[]): RegionOption[] {
  return options.map((o) => (o.value === code ? { ...o, children } : o.children ? { ...o, children: attach(o.children, code, children) } : o));
}

/** Region cascader that loads each level lazily from GET /api/regions?parent=CODE; any level may be picked. */
export function RegionPicker({ id, value, onChange, rootParent, placeholder, ...aria }: RegionPickerProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [path, setPath] = useState<string[]>([]);
  /** The code this picker last reported or showed, to tell an outside change of `value` from our own. */
  const shown = useRef<string | undefined>(undefined);

  const load = useCallback(
    async (parent: string | undefined) => {
      const list = await client.fetchQuery({ queryKey: queryKeys.regions(parent), queryFn: () => fetchRegions(parent), staleTime: Infinity });
      return list.items.map(toOption);
    },
    [client],
  );

  useEffect(() => {
    void load(rootParent).then(setOptions);
  }, [load, rootParent]);

  // A value set from outside (initial value, reset): rebuild the path and load the levels along it.
  useEffect(() => {
    if (!value) {
      shown.current = undefined;
      setPath([]);
      return;
    }
    if (shown.current === value) return;
    shown.current = value;
    let cancelled = false;
    void (async () => {
      const chain = (await fetchRegionPath(value)).items.map((r) => r.code);
      const start = rootParent ? chain.indexOf(rootParent) + 1 : 0;
      const wanted = chain.slice(start);
      let tree = await load(rootParent);
      for (const code of wanted.slice(0, -1)) tree = attach(tree, code, await load(code));
      if (!cancelled) {
        setOptions(tree);
        setPath(wanted);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [value, rootParent, load]);

  const loadData = (selected: RegionOption[]) => {
    const last = selected[selected.length - 1];
    if (!last || last.children) return;
    void load(last.value).then((children) => setOptions((prev) => attach(prev, last.value, children)));
  };

  return (
    <Cascader<RegionOption>
      id={id}
      aria-label={aria['aria-label']}
      options={options}
      loadData={loadData}
      changeOnSelect
      value={path}
      placeholder={placeholder ?? t('common.regionPlaceholder')}
      onChange={(codes) => {
        const next = (codes ?? []).map(String);
        shown.current = next[next.length - 1];
        setPath(next);
        onChange?.(shown.current);
      }}
      style={{ width: '100%' }}
    />
  );
}
