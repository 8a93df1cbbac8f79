// The people of a unit, page by page, filtered by function; a name opens the
// person (items, absences, handovers).

import { Link, setQuery, useLocation } from '../core/router';
import { DataTable } from '../core/table';
import { AsyncView, Pager, usePaged } from '../core/ui';
import { personnel } from './api';
import { hrefFor, useUnitName } from './parts';
import { FUNCTIONS, type Person, type PersonFunction } from './types';
import { labelOf, t } from './words';

const PAGE = 50;

export default function People({ unit }: { unit: string }) {
  const loc = useLocation();
  const q = loc.query.get('function');
  const fn: PersonFunction | '' = q && (FUNCTIONS as readonly string[]).includes(q) ? (q as PersonFunction) : '';
  const name = useUnitName(unit);
  const { state, reload, page, next, prev } = usePaged(
    (cursor, signal) => personnel({ unit, function: fn, limit: PAGE, cursor }, signal),
    [unit, fn],
  );
  return (
    <div data-testid="rd-people-list">
      <h2 class="rd-h1">{t('peopleOf', { unit: name })}</h2>
      <div class="filters">
        <label class="filter">
          {t('functionLabel')}
          <select value={fn} data-testid="rd-people-function" onChange={(e) => setQuery({ function: e.currentTarget.value || null })}>
            <option value="">{t('allFunctions')}</option>
            {FUNCTIONS.map((f) => (
              <option value={f}>{labelOf('fn', f)}</option>
            ))}
          </select>
        </label>
      </div>
      <AsyncView state={state} onRetry={reload} isEmpty={(d) => d.items.length === 0} empty={t('noPeople')}>
        {(d) => (
          <>
            <DataTable<Person>
              testid="rd-people"
              rows={d.items}
              rowKey={(p) => p.id}
              columns={[
                {
                  key: 'name',
                  label: t('col_name'),
                  render: (p) => (
                    <Link href={hrefFor(`/personel/${p.id}`, unit)} data-person-id={p.id}>
                      {p.name}
                    </Link>
                  ),
                },
                { key: 'rank', label: t('col_rank'), render: (p) => p.rank },
                { key: 'nrp', label: t('col_nrp'), render: (p) => <span class="mono">{p.nrp}</span> },
                { key: 'function', label: t('col_function'), render: (p) => p.function_label || labelOf('fn', p.function) },
                { key: 'phone', label: t('col_phone'), render: (p) => (p.phone ? <a href={`tel:${p.phone}`}>{p.phone}</a> : '—') },
                { key: 'desa', label: t('col_desa'), render: (p) => (p.desa_binaan.length ? p.desa_binaan.join(', ') : '—') },
              ]}
            />
            <Pager page={page} size={PAGE} total={d.total} shown={d.items.length} hasNext={!!d.next} onPrev={prev} onNext={next} />
          </>
        )}
      </AsyncView>
    </div>
  );
}
