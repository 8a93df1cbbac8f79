import { api } from '../core/api';
import { formatNumber } from '../core/i18n';
import { Link } from '../core/router';
import { DataTable } from '../core/table';
import type { Region } from '../core/types';
import { AsyncView, Pager, usePaged } from '../core/ui';
import { t as common } from '../core/words';
import { KecamatanFilter, PAGE_SIZE, ResetFilters, TextFilter, useFilter, useKecamatan } from './filters';
import { t } from './words';

export function DesaList() {
  const q = useFilter('q');
  const parent = useFilter('region');
  const kec = useKecamatan();
  const kecName = new Map(kec.map((k) => [k.code, k.name]));
  const list = usePaged(
    (cursor, signal) => api.regions({ level: 'desa', q, parent, limit: PAGE_SIZE, cursor }, signal),
    [q, parent],
  );
  return (
    <div data-testid="desa-list">
      <div class="filters">
        <TextFilter name="q" label={t('namePrefix')} />
        <KecamatanFilter />
        <ResetFilters names={['q', 'region']} />
      </div>
      <AsyncView
        state={list.state}
        onRetry={list.reload}
        isEmpty={(p) => p.items.length === 0}
        empty={q || parent ? common('emptyFiltered') : common('empty')}
      >
        {(page) => (
          <>
            <DataTable<Region>
              rows={page.items}
              rowKey={(r) => r.code}
              columns={[
                { key: 'code', label: t('code'), render: (r) => <code>{r.code}</code> },
                { key: 'name', label: t('name'), render: (r) => r.name },
                { key: 'level', label: t('level'), render: (r) => r.level },
                { key: 'kec', label: t('kecamatan'), render: (r) => (r.parent_code ? kecName.get(r.parent_code) ?? r.parent_code : '—') },
                {
                  key: 'actions',
                  label: t('actions'),
                  render: (r) => (
                    <span class="row-actions">
                      <Link href={`/registri/tps?region=${encodeURIComponent(r.code)}`}>{t('tpsOfDesa')}</Link>
                      {r.lat !== null && r.lon !== null && (
                        <Link href={`/peta?lat=${r.lat}&lon=${r.lon}&z=14&code=${encodeURIComponent(r.code)}`}>{t('onMap')}</Link>
                      )}
                    </span>
                  ),
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
      <p class="muted small">{kec.length ? `${formatNumber(kec.length)} ${t('kecamatan').toLowerCase()}` : ''}</p>
    </div>
  );
}
