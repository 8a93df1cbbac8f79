// Filters of the registry lists live in the URL query, so Back, reload and a
// shared link show the same list.

import { useEffect, useState } from 'preact/hooks';
import { allPages, api } from '../core/api';
import { setQuery, useLocation } from '../core/router';
import type { Region } from '../core/types';
import { useAsync, useDebounced } from '../core/ui';
import { t } from './words';

export const PAGE_SIZE = 50;

export function useFilter(name: string): string {
  return useLocation().query.get(name) ?? '';
}

/** A text filter written to the URL a moment after typing stops. */
export function TextFilter({ name, label, placeholder }: { name: string; label: string; placeholder?: string }) {
  const current = useFilter(name);
  const [value, setValue] = useState(current);
  const debounced = useDebounced(value, 300);
  useEffect(() => setValue(current), [current]);
  useEffect(() => {
    if (debounced.trim() !== current) setQuery({ [name]: debounced.trim() });
  }, [debounced]);
  return (
    <label class="filter">
      <span>{label}</span>
      <input
        type="search"
        name={name}
        value={value}
        placeholder={placeholder}
        data-filter={name}
        onInput={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setQuery({ [name]: e.currentTarget.value.trim() });
        }}
      />
    </label>
  );
}

export function SelectFilter({
  name,
  label,
  options,
  anyLabel,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  anyLabel: string;
}) {
  const current = useFilter(name);
  return (
    <label class="filter">
      <span>{label}</span>
      <select name={name} data-filter={name} value={current} onChange={(e) => setQuery({ [name]: e.currentTarget.value })}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option value={o.value}>{o.label}</option>
        ))}
      </select>
    </label>
  );
}

/** The kecamatan of the user's territory, for filter menus. */
export function useKecamatan() {
  const { state } = useAsync(
    (signal) => allPages<Region>((cursor) => api.regions({ level: 'kecamatan', limit: 1000, cursor }, signal), 5000),
    [],
  );
  return state.status === 'ok' ? state.data.items : [];
}

export function KecamatanFilter({ name = 'region' }: { name?: string }) {
  const kec = useKecamatan();
  const current = useFilter(name);
  const options = kec.map((k) => ({ value: k.code, label: `${k.name} (${k.code})` }));
  // A desa code from a link (deeper than kecamatan) still shows as chosen.
  if (current && !options.some((o) => o.value === current)) options.unshift({ value: current, label: current });
  return <SelectFilter name={name} label={t('kecamatan')} options={options} anyLabel={t('anyKecamatan')} />;
}

export function ResetFilters({ names }: { names: string[] }) {
  const loc = useLocation();
  const any = names.some((n) => loc.query.get(n));
  if (!any) return null;
  return (
    <button type="button" class="btn btn-ghost" onClick={() => setQuery(Object.fromEntries(names.map((n) => [n, null])))}>
      ×
    </button>
  );
}
