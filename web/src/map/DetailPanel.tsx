// What the user clicked (or searched for): a TPS, an object, a unit, an area.

import type { ComponentChildren } from 'preact';
import { formatNumber, getLang } from '../core/i18n';
import { classColor } from '../core/map';
import { Link } from '../core/router';
import { can, currentUser } from '../core/session';
import { formatDateTime } from '../core/time';
import type { MapController, Selection } from './controller';
import { t } from './words';

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function coords(lat: number, lon: number): string {
  return `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
}

export function DetailPanel({
  selection,
  controller,
  onClose,
}: {
  selection: Selection;
  controller: MapController | null;
  onClose: () => void;
}) {
  const user = currentUser()!;
  const lang = getLang();
  let title: string;
  let subtitle: string;
  let body: ComponentChildren;
  switch (selection.kind) {
    case 'tps': {
      const p = selection.tps;
      title = `TPS ${p.number} · ${p.desa_name}`;
      subtitle = t('type_tps');
      body = (
        <dl>
          <Row label={t('code')}>{p.code}</Row>
          <Row label={t('desa')}>
            {p.desa_name} ({p.desa_code})
          </Row>
          <Row label={t('voters')}>{formatNumber(p.voters)}</Row>
          <Row label={t('address')}>{p.address || '—'}</Row>
          <Row label={t('vulnerability')}>
            <span class="swatch dot" style={{ background: classColor(p.class) }} /> {t(`class_${p.class ?? 'none'}`)}
          </Row>
          <Row label={t('position')}>{coords(p.lat, p.lon)}</Row>
        </dl>
      );
      break;
    }
    case 'object': {
      const o = selection.object;
      title = o.name;
      subtitle = lang === 'en' ? o.kind_label_en : o.kind_label;
      body = (
        <>
          <dl>
            <Row label={t('kind')}>{subtitle}</Row>
            <Row label={t('desa')}>{o.desa_code}</Row>
            <Row label={t('notes')}>{o.notes || '—'}</Row>
            <Row label={t('position')}>{coords(o.lat, o.lon)}</Row>
            <Row label={t('updated')}>{formatDateTime(o.updated_at, user.time_zone)}</Row>
          </dl>
          {can(user, 'write_objects') && (
            <Link class="btn" href={`/registri/objek/${o.id}`}>
              {t('editObject')}
            </Link>
          )}
        </>
      );
      break;
    }
    case 'unit': {
      const u = selection.unit;
      title = u.name;
      subtitle = u.level.toUpperCase();
      body = (
        <dl>
          <Row label={t('code')}>{u.code}</Row>
          <Row label={t('level')}>{u.level}</Row>
          <Row label={t('position')}>{u.lat !== null && u.lon !== null ? coords(u.lat, u.lon) : '—'}</Row>
        </dl>
      );
      break;
    }
    case 'region': {
      const r = selection.region;
      title = r.name;
      subtitle = t(`type_${r.level}`);
      const count = controller?.tpsInRegion(r.code) ?? 0;
      body = (
        <>
          <dl>
            <Row label={t('code')}>{r.code}</Row>
            <Row label={t('tpsInArea')}>
              <span data-testid="region-tps">{formatNumber(count)}</span>
            </Row>
            <Row label={t('position')}>{coords(selection.lat, selection.lon)}</Row>
          </dl>
          <div class="detail-actions">
            <Link class="btn" href={`/registri/tps?region=${encodeURIComponent(r.code)}`}>
              {t('openList')}
            </Link>
            {can(user, 'write_objects') && (
              <Link
                class="btn"
                href={`/registri/objek/baru?lat=${selection.lat.toFixed(6)}&lon=${selection.lon.toFixed(6)}`}
              >
                {t('addObjectHere')}
              </Link>
            )}
          </div>
        </>
      );
      break;
    }
  }
  return (
    <aside class="detail-panel" aria-label={t('details')} data-testid="detail-panel" data-kind={selection.kind}>
      <header>
        <div>
          <small class="muted">{subtitle}</small>
          <h2 data-testid="detail-title">{title}</h2>
        </div>
        <button type="button" class="btn btn-ghost close" aria-label="×" onClick={onClose}>
          ×
        </button>
      </header>
      {body}
    </aside>
  );
}
