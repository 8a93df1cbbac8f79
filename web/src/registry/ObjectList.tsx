import { useState } from 'preact/hooks';
import { api } from '../core/api';
import { showFlash } from '../core/flash';
import { getLang } from '../core/i18n';
import { kindStyle } from '../core/map';
import { Link } from '../core/router';
import { can, currentUser } from '../core/session';
import { DataTable } from '../core/table';
import { formatDateTime } from '../core/time';
import type { StrategicObject } from '../core/types';
import { AsyncView, errorText, Pager, useAsync, usePaged } from '../core/ui';
import { t as common } from '../core/words';
import { KecamatanFilter, PAGE_SIZE, ResetFilters, SelectFilter, TextFilter, useFilter } from './filters';
import { objectKinds } from './kinds';
import { t } from './words';

export function ObjectList() {
  const user = currentUser()!;
  const lang = getLang();
  const q = useFilter('q');
  const kind = useFilter('kind');
  const region = useFilter('region');
  const kinds = useAsync(() => objectKinds(), []);
  const [busy, setBusy] = useState<number | null>(null);
  const list = usePaged(
    (cursor, signal) => api.objects({ q, kind, region, limit: PAGE_SIZE, cursor }, signal),
    [q, kind, region],
  );
  const writable = can(user, 'write_objects');

  const remove = async (o: StrategicObject) => {
    if (!window.confirm(t('deleteConfirm', { name: o.name }))) return;
    setBusy(o.id);
    try {
      await api.deleteObject(o.id);
      showFlash(t('deleted', { name: o.name }));
      list.reload();
    } catch (e) {
      showFlash(errorText(e), 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <div data-testid="object-list">
      <div class="filters">
        <TextFilter name="q" label={t('nameContains')} />
        <SelectFilter
          name="kind"
          label={t('kind')}
          anyLabel={t('anyKind')}
          options={(kinds.state.status === 'ok' ? kinds.state.data : []).map((k) => ({
            value: k.code,
            label: lang === 'en' ? k.label_en : k.label,
          }))}
        />
        <KecamatanFilter />
        <ResetFilters names={['q', 'kind', 'region']} />
        {writable && (
          <Link class="btn btn-primary push-right" href="/registri/objek/baru" data-testid="new-object">
            + {t('newObject')}
          </Link>
        )}
      </div>
      {!writable && <p class="muted small">{t('readOnly')}</p>}
      <AsyncView
        state={list.state}
        onRetry={list.reload}
        isEmpty={(p) => p.items.length === 0}
        empty={q || kind || region ? common('emptyFiltered') : common('empty')}
      >
        {(page) => (
          <>
            <DataTable<StrategicObject>
              testid="objects-table"
              rows={page.items}
              rowKey={(r) => r.id}
              columns={[
                {
                  key: 'name',
                  label: t('name'),
                  render: (r) => (
                    <span class="obj-name" data-object-name={r.name}>
                      <span class="obj-tag legend-tag" style={{ background: kindStyle(r.kind).color }}>
                        {kindStyle(r.kind).glyph}
                      </span>{' '}
                      {r.name}
                    </span>
                  ),
                },
                { key: 'kind', label: t('kind'), render: (r) => (lang === 'en' ? r.kind_label_en : r.kind_label) },
                { key: 'desa', label: t('desa'), render: (r) => <code>{r.desa_code}</code> },
                { key: 'updated', label: t('updated'), render: (r) => formatDateTime(r.updated_at, user.time_zone) },
                {
                  key: 'actions',
                  label: t('actions'),
                  render: (r) => (
                    <span class="row-actions">
                      <Link href={`/peta?lat=${r.lat}&lon=${r.lon}&z=17&object=${r.id}`}>{t('onMap')}</Link>
                      {writable && <Link href={`/registri/objek/${r.id}`}>{common('edit')}</Link>}
                      {writable && (
                        <button type="button" class="link danger" disabled={busy === r.id} onClick={() => void remove(r)}>
                          {common('delete')}
                        </button>
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
    </div>
  );
}
