// Papan insiden (/insiden): the open incidents of the user's territory,
// newest first, on a list and a map with the field units, kept live by the
// event stream (incident.created, incident.updated, unit.updated) without a
// reload. A new incident beeps once and its row flashes once; the header
// counts the open ones and the new ones since the page opened.
//   /insiden          the board
//   /insiden/:id      the board with one incident's panel
//   /insiden/catat    record a report (operator)

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatNumber, pick } from '../core/i18n';
import { Link, matchPath, navigate, setQuery, useLocation } from '../core/router';
import { currentUser } from '../core/session';
import { ErrorBox, Loading, PageTitle, errorText, useLang } from '../core/ui';
import type { PageProps } from '../nav';
import { fieldUnits, incidents } from './api';
import { IncidentDetailPanel } from './IncidentDetail';
import { IncidentList } from './IncidentList';
import { useLiveEvents } from './live';
import { IncidentMapController } from './map';
import { BASE, incidentHref, LevelMark } from './parts';
import { RecordForm } from './RecordForm';
import { beep, unlockAudio } from './sound';
import { canIncident, type FieldUnit, type Incident, LEVELS } from './types';
import { announceable, countByLevel, mergeIncident, newestFirst } from './values';
import { labelOf, t } from './words';
import './incidents.css';

/** How long a new row keeps its "fresh" mark (the flash runs once, 1.6 s). */
const FRESH_MS = 10_000;
const LIST_LIMIT = 500;

function isIncident(x: unknown): x is Incident {
  return typeof x === 'object' && x !== null && typeof (x as Incident).id === 'number' && typeof (x as Incident).status === 'string';
}

function isFieldUnit(x: unknown): x is FieldUnit {
  return typeof x === 'object' && x !== null && typeof (x as FieldUnit).id === 'number' && typeof (x as FieldUnit).call_sign === 'string';
}

function BoardMap({
  list,
  units,
  selected,
  onSelect,
}: {
  list: Incident[];
  units: FieldUnit[];
  selected: Incident | null;
  onSelect: (id: number) => void;
}) {
  const el = useRef<HTMLDivElement>(null);
  const ctl = useRef<IncidentMapController | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  useEffect(() => {
    const c = new IncidentMapController(el.current!);
    ctl.current = c;
    c.onSelect = (id) => select.current(id);
    c.tooltip = (i) => `${pick(i.type_id, i.type_en)} · ${i.tracking_code} · ${labelOf('status', i.status)}`;
    c.unitTooltip = (u) => `${u.call_sign} · ${pick(u.kind_id, u.kind_en) || labelOf('kind', u.kind)} · ${labelOf('unitstatus', u.status)}`;
    const onResize = () => c.invalidate();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      c.destroy();
      ctl.current = null;
    };
  }, []);
  useEffect(() => {
    const shown = selected && !list.some((i) => i.id === selected.id) ? [...list, selected] : list;
    ctl.current?.setIncidents(shown);
  }, [list, selected]);
  useEffect(() => ctl.current?.setUnits(units), [units]);
  const selId = selected?.id ?? null;
  useEffect(() => {
    ctl.current?.select(selId);
    if (selected) ctl.current?.focus(selected.lat, selected.lon);
  }, [selId]);
  return <div class="inc-map" ref={el} data-testid="incident-map" />;
}

export default function IncidentsPage({ subpath }: PageProps) {
  useLang();
  const user = currentUser()!;
  const zone = user.time_zone;
  const loc = useLocation();
  const sub = subpath || '/';
  const m = matchPath('/:id', sub);
  const selectedId = m && /^\d+$/.test(m.id!) ? Number(m.id) : null;
  const recording = sub === '/catat';
  const levelFilter = loc.query.get('level') ?? '';

  const [list, setListState] = useState<Incident[] | null>(null);
  // The list as the event handlers see it between renders (events come one at a time).
  const listRef = useRef<Incident[] | null>(null);
  const setList = (next: Incident[] | null) => {
    listRef.current = next;
    setListState(next);
  };
  const [listError, setListError] = useState<unknown>(null);
  const [units, setUnits] = useState<FieldUnit[]>([]);
  const [unitsError, setUnitsError] = useState<unknown>(null);
  const [fresh, setFresh] = useState<ReadonlySet<number>>(new Set());
  const [newCount, setNewCount] = useState(0);
  const [beeps, setBeeps] = useState(0);
  const [ticks, setTicks] = useState<Record<number, number>>({});
  // Incidents seen (by id) while the page is open: a selected closed one stays on the map.
  const [known, setKnown] = useState<Record<number, Incident>>({});
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  // Every incident id this page has shown: what is not in it is new.
  const seen = useRef<Set<number> | null>(null);
  const announce = (ids: number[]) => {
    if (!ids.length) return;
    setNewCount((n) => n + ids.length);
    setFresh((f) => new Set([...f, ...ids]));
    timers.current.push(
      setTimeout(
        () =>
          setFresh((f) => {
            const next = new Set(f);
            for (const id of ids) next.delete(id);
            return next;
          }),
        FRESH_MS,
      ),
    );
    setBeeps((n) => n + 1);
    beep();
  };

  const loadList = () => {
    incidents({ open: true, limit: LIST_LIMIT }).then(
      (r) => {
        const items = [...r.items].sort(newestFirst);
        if (seen.current === null) seen.current = new Set(items.map((i) => i.id));
        else {
          // Read again after the line was down: what arrived meanwhile is new too.
          const added = items.filter((i) => !seen.current!.has(i.id));
          for (const i of added) seen.current.add(i.id);
          announce(added.filter((i) => announceable(i, user.username)).map((i) => i.id));
        }
        setList(items);
        setListError(null);
      },
      (e: unknown) => setListError(e),
    );
  };
  const loadUnits = () => {
    fieldUnits().then(
      (items) => {
        setUnits(items);
        setUnitsError(null);
      },
      (e: unknown) => setUnitsError(e),
    );
  };
  useEffect(() => {
    loadList();
    loadUnits();
  }, []);

  /** One incident into the board; `how` says where it came from. */
  const merge = (inc: Incident, how: 'created' | 'updated' | 'mine') => {
    setKnown((k) => ({ ...k, [inc.id]: inc }));
    const current = listRef.current;
    const r = current === null ? null : mergeIncident(current, inc);
    if (r) setList(r.list);
    // The open panel reads it again, unless this page made the change (it reads it itself).
    if (how !== 'mine') setTicks((x) => ({ ...x, [inc.id]: (x[inc.id] ?? 0) + 1 }));
    if (r && seen.current && !seen.current.has(inc.id)) {
      seen.current.add(inc.id);
      if (how === 'created' && r.added && announceable(inc, user.username)) announce([inc.id]);
    }
  };

  const live = useLiveEvents(
    {
      'incident.created': (d) => isIncident(d) && merge(d, 'created'),
      'incident.updated': (d) => isIncident(d) && merge(d, 'updated'),
      'unit.updated': (d) => {
        if (!isFieldUnit(d)) return;
        setUnits((u) => {
          const at = u.findIndex((x) => x.id === d.id);
          if (at < 0) return [...u, d];
          const next = [...u];
          next[at] = d;
          return next;
        });
      },
    },
    () => {
      // (Re)connected: read again what may have been missed while the line was down.
      loadList();
      loadUnits();
    },
  );

  // Sound needs a gesture first: any click or key on the board unlocks it.
  useEffect(() => {
    const unlock = () => unlockAudio();
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
    return () => {
      window.removeEventListener('pointerdown', unlock);
      window.removeEventListener('keydown', unlock);
    };
  }, []);

  const shownList = useMemo(() => (list && levelFilter ? list.filter((i) => i.level === levelFilter) : (list ?? [])), [list, levelFilter]);
  const selected = selectedId === null ? null : (list?.find((i) => i.id === selectedId) ?? known[selectedId] ?? null);
  const levels = countByLevel(list ?? []);

  const detailRef = useRef<HTMLDivElement>(null);
  const choose = (id: number) => {
    navigate(incidentHref(id) + window.location.search);
    if (window.matchMedia?.('(max-width: 900px)').matches) setTimeout(() => detailRef.current?.scrollIntoView?.({ block: 'start' }), 0);
  };

  return (
    <section
      class="page inc-page"
      data-testid="incident-board"
      data-open-count={list?.length ?? ''}
      data-new-count={newCount}
      data-beeps={beeps}
      data-live={live}
    >
      <PageTitle
        actions={
          canIncident(user, 'report_incident') && !recording ? (
            <Link href={`${BASE}/catat`} class="btn btn-primary" data-testid="record-open">
              {t('recordReport')}
            </Link>
          ) : undefined
        }
      >
        {t('title')}
      </PageTitle>
      <div class="inc-toolbar">
        <span class="inc-count" data-testid="incident-count" data-count={list?.length ?? ''}>
          {list ? t('openCount', { n: formatNumber(list.length) }) : '…'}
        </span>
        {newCount > 0 && (
          <span class="inc-new-count" data-testid="incident-new-count" data-count={newCount}>
            {t('newCount', { n: formatNumber(newCount) })}
          </span>
        )}
        <span class="inc-levels">
          {LEVELS.map((l) => (
            <span data-level-count={l} data-count={levels[l]}>
              <LevelMark level={l} /> {formatNumber(levels[l])}
            </span>
          ))}
        </span>
        <label class="filter">
          <select value={levelFilter} aria-label={t('filterLevel')} data-testid="level-filter" onChange={(e) => setQuery({ level: e.currentTarget.value || null })}>
            <option value="">{t('allLevels')}</option>
            {LEVELS.map((l) => (
              <option value={l}>{labelOf('level', l)}</option>
            ))}
          </select>
        </label>
        <span class="inc-live push-right" data-testid="incident-live" data-state={live} title={t('soundHint')}>
          {live === 'open' ? t('liveOn') : live === 'unsupported' ? t('liveNone') : t('liveOff')}
        </span>
      </div>
      {recording ? (
        <RecordForm
          onRecorded={(inc) => {
            merge(inc, 'mine');
            navigate(incidentHref(inc.id));
          }}
        />
      ) : (
        <div class="inc-grid">
          <div class="inc-list-col">
            {listError !== null && <ErrorBox error={listError} onRetry={loadList} />}
            {list === null && listError === null && <Loading />}
            {list !== null && <IncidentList list={shownList} selected={selectedId} fresh={fresh} zone={zone} onSelect={choose} />}
          </div>
          <div class="inc-map-col">
            <BoardMap list={shownList} units={units} selected={selected} onSelect={choose} />
            <div class="inc-legend">
              <span data-testid="unit-count" data-count={units.length}>
                {t('unitsOnMap', { n: formatNumber(units.length) })}
              </span>
              <span>{t('legendUnits')}</span>
              {unitsError !== null && <span class="field-error">{t('unitsError', { message: errorText(unitsError) })}</span>}
            </div>
          </div>
          <div class="inc-detail-col" ref={detailRef}>
            {selectedId === null ? (
              <p class="muted card">{t('pickIncident')}</p>
            ) : (
              <IncidentDetailPanel
                id={selectedId}
                tick={ticks[selectedId] ?? 0}
                zone={zone}
                onChanged={(inc) => merge(inc, 'mine')}
                onLoaded={(inc) => setKnown((k) => (k[inc.id]?.updated_at === inc.updated_at && k[inc.id]?.status === inc.status ? k : { ...k, [inc.id]: inc }))}
                onClose={() => navigate(BASE + window.location.search)}
              />
            )}
          </div>
        </div>
      )}
    </section>
  );
}
