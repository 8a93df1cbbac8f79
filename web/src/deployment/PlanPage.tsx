// One plan. While it is computed (status running) the screen asks for it
// every 500 ms and shows the progress with a button that stops the run. Once
// made: the summary figures, warnings, the pattern used, approval (with a
// confirmation), the Sprin as PDF and XLSX, and the plan's own tabs: the post
// map, shortfall, reserve, changes against another version, one officer's
// assignment and the replan form.

import { useEffect, useState } from 'preact/hooks';
import { formatNumber, pick } from '../core/i18n';
import { Link } from '../core/router';
import { can, currentUser } from '../core/session';
import { formatDateTime, formatDay } from '../core/time';
import { errorText, ErrorBox, Loading, useAsync } from '../core/ui';
import { allPosts, approvePlan, cancelPlan, plan as fetchPlan, plans, sprinUrl } from './api';
import { DiffView } from './DiffView';
import { OfficerLookup } from './OfficerLookup';
import { ClassBadge, hrefFor, planHref, Progress, StatusBadge, useZone } from './parts';
import { PostMapView } from './PostMapView';
import { ReplanForm } from './ReplanForm';
import { ReserveList, ShortfallPanel } from './Shortfall';
import type { Plan, Post } from './types';
import { CLASSES, hasPosts, headline, isRunning, patternLabel, summaryFigures } from './values';
import { t } from './words';

export const POLL_MS = 500;

export type PlanTab = 'map' | 'shortfall' | 'reserve' | 'diff' | 'officer' | 'replan';

export const PLAN_TABS: readonly { tab: PlanTab; sub: string; key: `ptab_${PlanTab}` }[] = [
  { tab: 'map', sub: '', key: 'ptab_map' },
  { tab: 'shortfall', sub: '/kekurangan', key: 'ptab_shortfall' },
  { tab: 'reserve', sub: '/cadangan', key: 'ptab_reserve' },
  { tab: 'diff', sub: '/perubahan', key: 'ptab_diff' },
  { tab: 'officer', sub: '/personel', key: 'ptab_officer' },
  { tab: 'replan', sub: '/ubah', key: 'ptab_replan' },
];

/** The plan, asked again every POLL_MS while it runs. */
function usePlan(id: number) {
  const { state, reload } = useAsync((signal) => fetchPlan(id, signal), [id]);
  // The answer of a POST (cancel, approve), shown until the plan is read again.
  const [answer, setAnswer] = useState<Plan | null>(null);
  useEffect(() => {
    if (state.status === 'ok') setAnswer(null);
  }, [state]);
  const plan = answer && answer.id === id ? answer : state.data && state.data.id === id ? state.data : undefined;
  const running = !!plan && isRunning(plan.status);
  useEffect(() => {
    if (!running || state.status === 'loading') return;
    const timer = setTimeout(reload, POLL_MS);
    return () => clearTimeout(timer);
  }, [running, state]);
  return {
    plan,
    state,
    reload,
    replace: (p: Plan) => {
      setAnswer(p);
      reload();
    },
  };
}

function Running({ plan, onChanged }: { plan: Plan; onChanged: (p: Plan) => void }) {
  const user = currentUser()!;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <section class="card dp-running" data-testid="dp-running" aria-live="polite">
      <h2>{t('runningTitle')}</h2>
      <Progress progress={plan.progress} message={plan.message} />
      {error && (
        <div class="form-error" role="alert">
          {error}
        </div>
      )}
      {can(user, 'manage_deployment') && (
        <button
          type="button"
          class="btn btn-danger"
          disabled={busy}
          data-testid="dp-cancel-run"
          onClick={async () => {
            setBusy(true);
            setError(null);
            try {
              onChanged(await cancelPlan(plan.id));
            } catch (e) {
              setError(errorText(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? t('cancelling') : t('cancelRun')}
        </button>
      )}
    </section>
  );
}

function Figures({ plan }: { plan: Plan }) {
  const s = plan.summary;
  if (!s) return null;
  return (
    <section class="card dp-summary" data-testid="dp-summary">
      <h2>{t('summaryTitle')}</h2>
      <p class="dp-headline" data-testid="dp-headline">
        {headline(s)}
      </p>
      <ul class="dp-figures">
        {summaryFigures(s).map((f) => (
          <li class={`dp-fig dp-fig-${f.tone}`} data-figure={f.key} data-value={f.value}>
            <span class="dp-fig-value">{f.text}</span>
            <span class="dp-fig-label">{f.label}</span>
          </li>
        ))}
      </ul>
      {plan.patterns && (
        <div class="dp-patterns-used" data-testid="dp-patterns-used">
          <span class="muted small">{t('patternUsed')}:</span>
          {CLASSES.map((c) =>
            plan.patterns?.[c] ? (
              <span class="dp-pattern-chip" data-class={c}>
                <ClassBadge cls={c} /> {patternLabel(plan.patterns[c])}
              </span>
            ) : null,
          )}
        </div>
      )}
    </section>
  );
}

function Warnings({ plan }: { plan: Plan }) {
  const list = plan.warnings ?? [];
  if (!list.length) return null;
  return (
    <section class="dp-warnings" role="note" data-testid="dp-warnings">
      <strong>{t('warningsTitle')}</strong>
      <ul>
        {list.map((w) => (
          <li data-code={w.code}>{pick(w.message_id, w.message_en)}</li>
        ))}
      </ul>
    </section>
  );
}

function Approve({ plan, onApproved }: { plan: Plan; onApproved: (p: Plan) => void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!asking) {
    return (
      <button type="button" class="btn btn-primary" data-testid="dp-approve" onClick={() => setAsking(true)}>
        {t('approve')}
      </button>
    );
  }
  return (
    <div class="dp-confirm" role="alertdialog" aria-labelledby="dp-approve-q" data-testid="dp-approve-confirm">
      <p id="dp-approve-q">{t('approveConfirm', { version: plan.version, unit: plan.unit_name || plan.unit_code })}</p>
      {error && (
        <div class="form-error" role="alert" data-testid="dp-approve-error">
          {error}
        </div>
      )}
      <div class="form-actions">
        <button
          type="button"
          class="btn btn-primary"
          disabled={busy}
          data-testid="dp-approve-yes"
          onClick={async () => {
            setBusy(true);
            setError(null);
            try {
              const p = await approvePlan(plan.id);
              setAsking(false);
              onApproved(p);
            } catch (e) {
              setError(errorText(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          {busy ? t('approving') : t('approveYes')}
        </button>
        <button type="button" class="btn" disabled={busy} data-testid="dp-approve-no" onClick={() => setAsking(false)}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

/** The version number of the plan this one is based on (the header names its id). */
function useBaseVersion(plan: Plan): number | null {
  const base = plan.based_on ?? null;
  const { state } = useAsync((signal) => (base === null ? Promise.resolve([]) : plans(plan.unit_code, signal)), [plan.unit_code, base]);
  if (base === null) return null;
  return state.data?.find((p) => p.id === base)?.version ?? null;
}

function Header({ plan, onChanged, note }: { plan: Plan; onChanged: (p: Plan) => void; note: string | null }) {
  const user = currentUser()!;
  const zone = useZone(plan.unit_code);
  const baseVersion = useBaseVersion(plan);
  const done = hasPosts(plan.status);
  return (
    <section class="card dp-head" data-testid="dp-head" data-plan-id={plan.id} data-status={plan.status} data-version={plan.version}>
      <div class="dp-head-top">
        <div>
          <Link href={hrefFor('/', plan.unit_code)} class="small" data-testid="dp-back">
            {t('back')}
          </Link>
          <h2 data-testid="dp-plan-title">
            {t('planTitle', { unit: plan.unit_name || plan.unit_code, version: plan.version })} <StatusBadge status={plan.status} testid="dp-plan-status" />
          </h2>
          <ul class="dp-meta small">
            <li>{t('createdByAt', { by: plan.created_by, at: formatDateTime(plan.created_at, zone) })}</li>
            {plan.approved_at && (
              <li data-testid="dp-approved-line">{t('approvedByAt', { by: plan.approved_by ?? '', at: formatDateTime(plan.approved_at, zone) })}</li>
            )}
            {plan.voting_day && <li>{t('votingDayOn', { date: formatDay(plan.voting_day) })}</li>}
            {plan.reason && <li>{t('reasonLine', { reason: plan.reason })}</li>}
            {plan.unavailable && plan.unavailable.length > 0 && (
              <li data-testid="dp-unavailable">{t('unavailableLine', { list: plan.unavailable.join(', ') })}</li>
            )}
            {plan.bko && plan.bko.length > 0 && <li data-testid="dp-bko">{t('bkoLine', { list: plan.bko.join(', ') })}</li>}
            {plan.based_on !== null && plan.based_on !== undefined && (
              <li>
                <Link href={planHref(plan.based_on)} data-testid="dp-based-on">
                  {baseVersion === null ? t('basedOnPlan') : t('basedOnLink', { n: baseVersion })}
                </Link>
              </li>
            )}
          </ul>
        </div>
        {done && (
          <div class="dp-actions">
            <a class="btn" href={sprinUrl(plan.id, 'pdf')} download data-testid="dp-sprin-pdf">
              {t('downloadPdf')}
            </a>
            <a class="btn" href={sprinUrl(plan.id, 'xlsx')} download data-testid="dp-sprin-xlsx">
              {t('downloadXlsx')}
            </a>
            {plan.status === 'draft' && can(user, 'approve_deployment') && <Approve plan={plan} onApproved={onChanged} />}
          </div>
        )}
      </div>
      {note && (
        <p class="notice ok" role="status" data-testid="dp-note">
          {note}
        </p>
      )}
      {plan.status === 'cancelled' && <p class="notice">{t('cancelledNote')}</p>}
      {plan.status === 'failed' && (
        <div class="form-error" role="alert" data-testid="dp-failed">
          {t('failedNote', { message: plan.message || '—' })}
        </div>
      )}
    </section>
  );
}

function PlanTabs({ plan, tab }: { plan: Plan; tab: PlanTab }) {
  const user = currentUser()!;
  const shortCount = plan.summary ? plan.summary.posts_short : null;
  return (
    <nav class="seg dp-plan-tabs" aria-label={t('planTitle', { unit: plan.unit_name, version: plan.version })}>
      {PLAN_TABS.filter((p) => p.tab !== 'replan' || can(user, 'manage_deployment')).map((p) => (
        <Link
          href={planHref(plan.id, p.sub)}
          class={`seg-btn${p.tab === tab ? ' active' : ''}`}
          aria-current={p.tab === tab ? 'page' : undefined}
          data-plan-tab={p.tab}
        >
          {t(p.key)}
          {p.tab === 'shortfall' && shortCount ? <span class="dp-count">{formatNumber(shortCount)}</span> : null}
        </Link>
      ))}
    </nav>
  );
}

export function PlanPage({ id, tab }: { id: number; tab: PlanTab }) {
  const { plan, state, reload, replace } = usePlan(id);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => setNote(null), [id]);
  const done = !!plan && hasPosts(plan.status);
  // The posts are asked once the plan is made; the map and the shortfall share them.
  const posts = useAsync<Post[] | null>((signal) => (done ? allPosts(id, signal) : Promise.resolve(null)), [id, done]);

  if (!plan) {
    if (state.status === 'error') return <ErrorBox error={state.error} onRetry={reload} />;
    return <Loading />;
  }
  const changed = (p: Plan) => {
    replace(p);
    if (p.status === 'approved') setNote(t('approved', { version: p.version }));
  };
  return (
    <div class="dp-plan" data-testid="dp-plan" data-plan-id={plan.id} data-status={plan.status}>
      <Header plan={plan} onChanged={changed} note={note} />
      {isRunning(plan.status) && <Running plan={plan} onChanged={changed} />}
      {state.status === 'error' && <ErrorBox error={state.error} onRetry={reload} />}
      {done && (
        <>
          <Warnings plan={plan} />
          <Figures plan={plan} />
          <PlanTabs plan={plan} tab={tab} />
          {tab === 'map' && <PostMapView plan={plan} posts={posts.state} onRetry={posts.reload} />}
          {tab === 'shortfall' && <ShortfallPanel plan={plan} posts={posts.state} />}
          {tab === 'reserve' && <ReserveList plan={plan} />}
          {tab === 'diff' && <DiffView plan={plan} />}
          {tab === 'officer' && <OfficerLookup plan={plan} />}
          {tab === 'replan' && <ReplanForm plan={plan} />}
        </>
      )}
    </div>
  );
}
