// The open incidents, newest first: a row per incident with its level's
// colour at the left edge, the kind, the tracking code, the place, the time
// and the status chip. A row new from the live stream flashes once.

import { pick } from '../core/i18n';
import { formatDateTime } from '../core/time';
import type { TimeZoneName } from '../core/types';
import { Empty } from '../core/ui';
import { StatusChip } from './parts';
import type { Incident } from './types';
import { levelColor } from './values';
import { t } from './words';

export function IncidentList({
  list,
  selected,
  fresh,
  zone,
  onSelect,
}: {
  list: Incident[];
  selected: number | null;
  fresh: ReadonlySet<number>;
  zone: TimeZoneName;
  onSelect: (id: number) => void;
}) {
  if (!list.length) return <Empty>{t('noOpen')}</Empty>;
  return (
    <ul class="inc-list" data-testid="incident-list" data-count={list.length}>
      {list.map((i) => {
        const isFresh = fresh.has(i.id);
        return (
          <li key={i.id}>
            <button
              type="button"
              class={`inc-row${i.id === selected ? ' selected' : ''}${isFresh ? ' fresh' : ''}`}
              style={{ '--inc-level': levelColor(i.level) }}
              aria-current={i.id === selected ? 'true' : undefined}
              data-incident-id={i.id}
              data-tracking-code={i.tracking_code}
              data-status={i.status}
              data-level={i.level}
              data-fresh={String(isFresh)}
              onClick={() => onSelect(i.id)}
            >
              <span class="inc-row-top">
                <span class="inc-row-type">{pick(i.type_id, i.type_en) || i.type}</span>
                <StatusChip status={i.status} />
              </span>
              <span class="inc-row-meta">
                <span class="mono">{i.tracking_code}</span>
                <span>{[i.desa_name, i.kecamatan_name].filter(Boolean).join(', ')}</span>
                <span>{formatDateTime(i.reported_at, zone)}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
