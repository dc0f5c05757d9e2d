import { Cascader } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Region } from '@zhichan/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCityRegion, fetchRegionPath, fetchRegions } from '../api/regions';
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
  /**
   * Start below this region (a staff member's jurisdiction). When absent the picker starts at the platform's city
   * (the server's CITY_REGION): its counties first, then 其他省市 for the provinces.
   */
  rootParent?: string;
  /** With rootParent: the starting region itself is the first entry and may be picked (the whole city or county). */
  rootSelectable?: boolean;
  placeholder?: string;
  /** Width of the control (default: the full width of its container). */
  width?: number | string;
  'aria-label'?: string;
}

/** The entry that leads from the city's counties to the provinces; never a value of its own. */
const OTHER = '__other__';

const toOption = (r: Region): RegionOption => ({ value: r.code, label: r.name, isLeaf: !r.hasChildren });

/** Inserts children under the option with `code`, returning a new tree. */
function attach(options: RegionOption[], code: string, children: RegionOption[]): RegionOption[] {
  return options.map((o) => (o.value === code ? { ...o, children } : o.children ? { ...o, children: attach(o.children, code, children) } : o));
}

/** Region cascader that loads each level lazily from GET /api/regions?parent=CODE; any level may be picked. */
export function RegionPicker({ id, value, onChange, rootParent, rootSelectable, placeholder, width, ...aria }: RegionPickerProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const city = useQuery({ queryKey: ['city-region'], queryFn: fetchCityRegion, staleTime: Infinity, enabled: !rootParent });
  /** Where the first column starts; undefined until the city is known. */
  const root = rootParent ?? city.data;
  const withOther = !rootParent;
  const otherLabel = t('common.regionOther');
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
  const loadRoot = useCallback(async () => {
    if (rootSelectable && root) {
      const self = (await fetchRegionPath(root)).items.at(-1);
      if (self) return [{ ...toOption(self), children: await load(root) }];
    }
    const first = await load(root);
    return withOther ? [...first, { value: OTHER, label: otherLabel, isLeaf: false }] : first;
  }, [load, root, rootSelectable, withOther, otherLabel]);

  useEffect(() => {
    if (root) void loadRoot().then(setOptions);
  }, [loadRoot, root]);

  // A value set from outside (initial value, reset): rebuild the path and load the levels along it.
  useEffect(() => {
    if (!value) {
      shown.current = undefined;
      setPath([]);
      return;
    }
    if (!root || shown.current === value) return;
    shown.current = value;
    let cancelled = false;
    void (async () => {
      const chain = (await fetchRegionPath(value)).items.map((r) => r.code);
      const at = chain.indexOf(root);
      // Below the starting region: the levels under it; elsewhere (another province) through 其他省市.
      const wanted =
        rootSelectable && at >= 0 ? chain.slice(at) : at >= 0 && chain[chain.length - 1] !== root ? chain.slice(at + 1) : withOther ? [OTHER, ...chain] : chain;
      let tree = await loadRoot();
      for (const code of wanted.slice(0, -1)) {
        if (rootSelectable && code === root) continue; // loaded with the root entry
        tree = attach(tree, code, await load(code === OTHER ? undefined : code));
      }
      if (!cancelled) {
        setOptions(tree);
        setPath(wanted);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [value, root, rootSelectable, withOther, load, loadRoot]);

  const loadData = (selected: RegionOption[]) => {
    const last = selected[selected.length - 1];
    if (!last || last.children) return;
    void load(last.value === OTHER ? undefined : last.value).then((children) => setOptions((prev) => attach(prev, last.value, children)));
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
      displayRender={(labels) => labels.filter((l) => l !== otherLabel).join(' / ')}
      onChange={(codes) => {
        const next = (codes ?? []).map(String);
        const picked = next[next.length - 1];
        shown.current = picked === OTHER ? undefined : picked;
        setPath(next);
        onChange?.(shown.current);
      }}
      style={{ width: width ?? '100%' }}
    />
  );
}
