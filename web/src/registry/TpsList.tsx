import { api } from '../core/api';
import { formatNumber } from '../core/i18n';
import { classColor } from '../core/map';
import { Link } from '../core/router';
import { DataTable } from '../core/table';
import type { Tps } from '../core/types';
import { AsyncView, Pager, usePaged } from '../core/ui';
import { t as common } from '../core/words';
import { KecamatanFilter, PAGE_SIZE, ResetFilters, SelectFilter, TextFilter, useFilter } from './filters';
import { t } from './words';

const CLASSES = ['kurang_rawan', 'rawan', 'sangat_rawan', 'khusus'] as const;

export function TpsList() {
  const q = useFilter('q');
  const region = useFilter('region');
  const cls = useFilter('class');
  const list = usePaged(
    (cursor, signal) => api.tps({ q, region, class: cls, limit: PAGE_SIZE, cursor }, signal),
    [q, region, cls],
  );
  return (
    <div data-testid="tps-list">
      <div class="filters">
        <TextFilter name="q" label={t('codePrefix')} placeholder="3509…" />
        <KecamatanFilter />
        <SelectFilter
          name="class"
          label={t('class')}
          anyLabel={t('anyClass')}
          options={CLASSES.map((c) => ({ value: c, label: t(`class_${c}`) }))}
        />
        <ResetFilters names={['q', 'region', 'class']} />
      </div>
      <AsyncView
        state={list.state}
        onRetry={list.reload}
        isEmpty={(p) => p.items.length === 0}
        empty={q || region || cls ? common('emptyFiltered') : common('empty')}
      >
        {(page) => (
          <>
            <DataTable<Tps>
              rows={page.items}
              rowKey={(r) => r.id}
              columns={[
                { key: 'code', label: t('code'), render: (r) => <code>{r.code}</code> },
                { key: 'number', label: t('number'), render: (r) => r.number, class: 'num' },
                { key: 'desa', label: t('desa'), render: (r) => `${r.desa_name} (${r.desa_code})` },
                { key: 'voters', label: t('voters'), render: (r) => formatNumber(r.voters), class: 'num' },
                {
                  key: 'class',
                  label: t('class'),
                  render: (r) => (
                    <span>
                      <span class="swatch dot" style={{ background: classColor(r.class) }} /> {t(`class_${r.class ?? 'none'}`)}
                    </span>
                  ),
                },
                {
                  key: 'map',
                  label: t('onMap'),
                  render: (r) => <Link href={`/peta?lat=${r.lat}&lon=${r.lon}&z=17&tps=${r.id}`}>{t('showOnMap')}</Link>,
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
