// The Pilkada stages on a timeline with today marked and the security posture
// of each stage; the candidate pairs of every election in the territory.

import { useState } from 'preact/hooks';
import { api } from '../core/api';
import { pick } from '../core/i18n';
import { daysBetween, formatDay } from '../core/time';
import type { ElectionDetail, Stage, StagesResponse } from '../core/types';
import { AsyncView, PageTitle, useAsync, useLang } from '../core/ui';
import { t } from './words';

type StageStatus = 'past' | 'current' | 'future';

function stageStatus(s: Stage, today: string): StageStatus {
  if (s.ends_on < today) return 'past';
  if (s.starts_on > today) return 'future';
  return 'current';
}

function period(s: Stage): string {
  return s.starts_on === s.ends_on
    ? t('oneDay', { date: formatDay(s.starts_on) })
    : t('period', { from: formatDay(s.starts_on), to: formatDay(s.ends_on) });
}

function Timeline({ data }: { data: StagesResponse }) {
  const [open, setOpen] = useState<number | null>(data.current?.id ?? null);
  const stages = [...data.items].sort((a, b) => a.starts_on.localeCompare(b.starts_on) || a.id - b.id);
  const first = stages[0]!.starts_on;
  const lastEnd = stages.reduce((m, s) => (s.ends_on > m ? s.ends_on : m), stages[0]!.ends_on);
  const end = data.voting_date && data.voting_date > lastEnd ? data.voting_date : lastEnd;
  const todayAfter = data.today > end;
  const todayBefore = data.today < first;
  const span = Math.max(daysBetween(first, end) + 1, 1);
  const pos = (day: string) => Math.min(100, Math.max(0, (daysBetween(first, day) / span) * 100));
  const todayPos = pos(data.today);
  const votePos = data.voting_date ? pos(data.voting_date) : null;
  return (
    <div
      class={`timeline${todayAfter ? ' today-after' : ''}${todayBefore ? ' today-before' : ''}`}
      data-testid="timeline"
      data-today={data.today}
    >
      <div class="timeline-scale" aria-hidden="true">
        <span>{formatDay(first)}</span>
        <span>{formatDay(end)}</span>
      </div>
      <ol class="timeline-rows">
        {stages.map((s) => {
          const st = stageStatus(s, data.today);
          const left = pos(s.starts_on);
          const width = Math.max(((daysBetween(s.starts_on, s.ends_on) + 1) / span) * 100, 0.6);
          const expanded = open === s.id;
          return (
            <li class={`tl-row tl-${st}${expanded ? ' expanded' : ''}`} data-stage={s.code} data-status={st}>
              <button type="button" class="tl-label" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : s.id)}>
                <span class="tl-name">{pick(s.name, s.name_en)}</span>
                <small class="tl-dates muted">
                  {period(s)} · {t(`status_${st}`)}
                </small>
              </button>
              <div class="tl-track" aria-hidden="true">
                <span class="tl-bar" style={{ left: `${left}%`, width: `${Math.min(width, 100 - left)}%` }} />
                <span class="tl-today" style={{ left: `${todayPos}%` }} />
                {votePos !== null && <span class="tl-vote" style={{ left: `${votePos}%` }} />}
              </div>
              {expanded && (
                <p class="tl-posture">
                  <strong>{t('posture')}: </strong>
                  {pick(s.posture, s.posture_en)}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <div class="timeline-legend">
        <span>
          <span class="tl-key today" /> {t('todayIs', { date: formatDay(data.today) })}
          {todayAfter ? ` (${t('afterAll')})` : todayBefore ? ` (${t('beforeAll')})` : ''}
        </span>
        {data.voting_date && (
          <span>
            <span class="tl-key vote" /> {t('votingDay')} {formatDay(data.voting_date)}
          </span>
        )}
      </div>
    </div>
  );
}

function CurrentStage({ data }: { data: StagesResponse }) {
  const s = data.current;
  return (
    <div class="card current-stage" data-testid="current-stage-card">
      <h3>{t('current')}</h3>
      {s ? (
        <>
          <p class="big">{pick(s.name, s.name_en)}</p>
          <p class="muted">{period(s)}</p>
          <p>
            <strong>{t('posture')}: </strong>
            <span data-testid="posture">{pick(s.posture, s.posture_en)}</span>
          </p>
        </>
      ) : (
        <p class="muted">{t('noCurrent')}</p>
      )}
    </div>
  );
}

function Candidates() {
  const { state, reload } = useAsync(async () => {
    const list = await api.elections();
    return Promise.all(list.items.map((e) => api.election(e.id)));
  }, []);
  return (
    <section class="candidates" data-testid="candidates">
      <h2>{t('candidates')}</h2>
      <AsyncView state={state} onRetry={reload} isEmpty={(d) => d.length === 0} empty={t('noElections')}>
        {(elections: ElectionDetail[]) => (
          <div class="election-list">
            {elections.map((e) => (
              <article class="card election" data-election={e.code}>
                <h3>{e.name}</h3>
                <p class="muted">{t('electionDay', { date: formatDay(e.voting_date) })}</p>
                {e.candidates.length === 0 ? (
                  <p class="state state-empty">{t('noCandidates')}</p>
                ) : (
                  <ol class="candidate-list">
                    {[...e.candidates]
                      .sort((a, b) => a.number - b.number)
                      .map((c) => (
                        <li>
                          <span class="cand-no">{c.number}</span>
                          <span class="cand-names">
                            <strong>{c.head_name}</strong> – {c.deputy_name}
                            <small class="muted">
                              {t('parties')}: {c.parties || '—'}
                            </small>
                          </span>
                        </li>
                      ))}
                  </ol>
                )}
              </article>
            ))}
          </div>
        )}
      </AsyncView>
    </section>
  );
}

export default function CalendarPage() {
  useLang();
  const { state, reload } = useAsync(() => api.stages(), []);
  return (
    <section class="page calendar">
      <PageTitle>{t('title')}</PageTitle>
      <AsyncView state={state} onRetry={reload} isEmpty={(d) => d.items.length === 0} empty={t('noStages')}>
        {(data) => (
          <div class="calendar-grid">
            <div>
              <h2>{t('stages')}</h2>
              <Timeline data={data} />
            </div>
            <CurrentStage data={data} />
          </div>
        )}
      </AsyncView>
      <Candidates />
    </section>
  );
}
