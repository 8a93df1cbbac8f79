import { api } from '../core/api';
import { Link } from '../core/router';
import { DataTable } from '../core/table';
import type { Unit } from '../core/types';
import { AsyncView, Pager, usePaged } from '../core/ui';
import { t as common } from '../core/words';
import { PAGE_SIZE, ResetFilters, SelectFilter, useFilter } from './filters';
import { t } from './words';

const LEVELS = ['mabes', 'polda', 'polres', 'polsek'] as const;

export function UnitList() {
  const level = useFilter('level');
  const list = usePaged((cursor, signal) => api.units({ level, limit: PAGE_SIZE, cursor }, signal), [level]);
  return (
    <div data-testid="unit-list">
      <div class="filters">
        <SelectFilter
          name="level"
          label={t('unitLevel')}
          anyLabel={t('anyLevel')}
          options={LEVELS.map((l) => ({ value: l, label: l.charAt(0).toUpperCase() + l.slice(1) }))}
        />
        <ResetFilters names={['level']} />
      </div>
      <AsyncView
        state={list.state}
        onRetry={list.reload}
        isEmpty={(p) => p.items.length === 0}
        empty={level ? common('emptyFiltered') : common('empty')}
      >
        {(page) => (
          <>
            <DataTable<Unit>
              rows={page.items}
              rowKey={(r) => r.id}
              columns={[
                { key: 'code', label: t('code'), render: (r) => <code>{r.code}</code> },
                { key: 'name', label: t('name'), render: (r) => r.name },
                { key: 'level', label: t('level'), render: (r) => r.level },
                { key: 'parent', label: t('parent'), render: (r) => r.parent_code ?? '—' },
                { key: 'regions', label: t('regions'), render: (r) => r.region_codes.join(', ') || '—' },
                { key: 'tz', label: t('timeZone'), render: (r) => r.time_zone },
                {
                  key: 'map',
                  label: t('onMap'),
                  render: (r) =>
                    r.lat !== null && r.lon !== null ? <Link href={`/peta?lat=${r.lat}&lon=${r.lon}&z=15`}>{t('showOnMap')}</Link> : '—',
                },
              ]}
            />
            <Pager
              page={list.page}
              size={PAGE_SIZE}
              total={page.total}
              shown={page.items.length}
              hasNext={page.next !== null}
              onPrev={list.prev}
              onNext={list.next}
            />
          </>
        )}
      </AsyncView>
    </div>
  );
}
