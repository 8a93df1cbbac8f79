// The SKCK desk: requests with their state and the next action the user's
// role may take; a form for a new request.

import { useRef, useState } from 'preact/hooks';
import { api, newIdempotencyKey } from '../core/api';
import { showFlash } from '../core/flash';
import { setQuery, useLocation } from '../core/router';
import { can, currentUser } from '../core/session';
import { DataTable } from '../core/table';
import { formatDateTime } from '../core/time';
import type { Election, SkckRequest, SkckStatus, User } from '../core/types';
import { AsyncView, Badge, errorText, Field, fieldErrors, PageTitle, Pager, useAsync, useLang, usePaged } from '../core/ui';
import { t as common } from '../core/words';
import { t } from './words';

const STATUSES: SkckStatus[] = ['diajukan', 'diproses', 'terbit', 'ditolak'];
const PAGE = 50;

function maskNik(nik: string): string {
  return nik.length > 4 ? '•'.repeat(nik.length - 4) + nik.slice(-4) : nik;
}

function Actions({ r, user, onDone }: { r: SkckRequest; user: User; onDone: () => void }) {
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (r.status === 'terbit' || r.status === 'ditolak') return <span class="muted">{t('done')}</span>;
  if (!can(user, 'process_skck')) return <span class="muted">{t('noAction')}</span>;

  const move = async (to: SkckStatus, why?: string) => {
    setBusy(true);
    setError(null);
    try {
      await api.transitionSkck(r.id, to, why);
      showFlash(t('moved', { name: r.applicant_name, status: t(`status_${to}`) }));
      setRefusing(false);
      onDone();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="skck-actions" data-skck-actions={r.id}>
      {r.status === 'diajukan' && (
        <button type="button" class="btn btn-primary" disabled={busy} data-action="diproses" onClick={() => void move('diproses')}>
          {t('act_process')}
        </button>
      )}
      {r.status === 'diproses' && !refusing && (
        <>
          <button type="button" class="btn btn-primary" disabled={busy} data-action="terbit" onClick={() => void move('terbit')}>
            {t('act_issue')}
          </button>
          <button type="button" class="btn btn-danger" disabled={busy} data-action="ditolak" onClick={() => setRefusing(true)}>
            {t('act_refuse')}
          </button>
        </>
      )}
      {refusing && (
        <form
          class="refuse-form"
          onSubmit={(e) => {
            e.preventDefault();
            void move('ditolak', reason.trim());
          }}
        >
          <label>
            <span class="sr-only">{t('reason')}</span>
            <input
              value={reason}
              placeholder={t('reason')}
              aria-label={t('reason')}
              name="reason"
              onInput={(e) => setReason(e.currentTarget.value)}
              autoFocus
            />
          </label>
          <button type="submit" class="btn btn-danger" disabled={busy} data-action="confirm-refuse">
            {t('confirmRefuse')}
          </button>
          <button type="button" class="btn btn-ghost" onClick={() => setRefusing(false)}>
            {common('cancel')}
          </button>
        </form>
      )}
      {error && (
        <small class="field-error" role="alert">
          {error}
        </small>
      )}
    </div>
  );
}

const FORM_FIELDS = ['applicant_name', 'nik', 'domicile_code', 'election_id'] as const;
type FormField = (typeof FORM_FIELDS)[number];

function NewRequest({ onDone }: { onDone: () => void }) {
  const elections = useAsync(() => api.elections(), []);
  const [v, setV] = useState<Record<FormField, string>>({ applicant_name: '', nik: '', domicile_code: '', election_id: '' });
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());
  const set = (f: FormField, value: string) => {
    setV((x) => ({ ...x, [f]: value }));
    setErrors((e) => ({ ...e, [f]: undefined }));
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setFormError(null);
    try {
      const r = await api.submitSkck(
        {
          applicant_name: v.applicant_name.trim(),
          nik: v.nik.trim(),
          domicile_code: v.domicile_code.trim(),
          ...(v.election_id ? { election_id: Number(v.election_id) } : {}),
        },
        key.current,
      );
      key.current = newIdempotencyKey();
      showFlash(t('submitted_ok', { name: r.applicant_name }));
      setV({ applicant_name: '', nik: '', domicile_code: '', election_id: v.election_id });
      onDone();
    } catch (err) {
      const split = fieldErrors(err, FORM_FIELDS);
      setErrors(split.field);
      setFormError(split.form);
    } finally {
      setBusy(false);
    }
  };
  const list: Election[] = elections.state.status === 'ok' ? elections.state.data.items : [];
  return (
    <form class="card skck-form" onSubmit={submit} noValidate data-testid="skck-form">
      <h2>{t('newRequest')}</h2>
      {formError && (
        <div class="form-error" role="alert">
          {formError}
        </div>
      )}
      <Field name="applicant_name" label={t('applicantName')} error={errors.applicant_name}>
        <input id="f-applicant_name" value={v.applicant_name} onInput={(e) => set('applicant_name', e.currentTarget.value)} />
      </Field>
      <Field name="nik" label={t('nik')} error={errors.nik} hint={t('nikHint')}>
        <input id="f-nik" inputMode="numeric" maxLength={16} value={v.nik} onInput={(e) => set('nik', e.currentTarget.value)} />
      </Field>
      <Field name="domicile_code" label={t('domicile')} error={errors.domicile_code} hint={t('domicileHint')}>
        <input id="f-domicile_code" value={v.domicile_code} onInput={(e) => set('domicile_code', e.currentTarget.value)} />
      </Field>
      <Field name="election_id" label={t('election')} error={errors.election_id}>
        <select id="f-election_id" value={v.election_id} onChange={(e) => set('election_id', e.currentTarget.value)}>
          <option value="">{t('noElection')}</option>
          {list.map((e) => (
            <option value={String(e.id)}>{e.name}</option>
          ))}
        </select>
      </Field>
      <button type="submit" class="btn btn-primary" disabled={busy}>
        {busy ? common('saving') : t('submit')}
      </button>
    </form>
  );
}

export default function SkckPage() {
  useLang();
  const user = currentUser()!;
  const loc = useLocation();
  const status = (loc.query.get('status') ?? '') as SkckStatus | '';
  const list = usePaged((cursor, signal) => api.skckList({ status, limit: PAGE, cursor }, signal), [status]);
  return (
    <section class="page skck">
      <PageTitle>{t('title')}</PageTitle>
      <p class="muted">{t('intro')}</p>
      <div class={can(user, 'submit_skck') ? 'skck-grid' : ''}>
        <div>
          <div class="filters">
            <label class="filter">
              <span>{t('status')}</span>
              <select value={status} data-filter="status" onChange={(e) => setQuery({ status: e.currentTarget.value })}>
                <option value="">{t('anyStatus')}</option>
                {STATUSES.map((s) => (
                  <option value={s}>{t(`status_${s}`)}</option>
                ))}
              </select>
            </label>
          </div>
          <AsyncView
            state={list.state}
            onRetry={list.reload}
            isEmpty={(p) => p.items.length === 0}
            empty={status ? common('emptyFiltered') : t('empty')}
          >
            {(page) => (
              <>
                <DataTable<SkckRequest>
                  testid="skck-table"
                  rows={page.items}
                  rowKey={(r) => r.id}
                  columns={[
                    {
                      key: 'applicant',
                      label: t('applicant'),
                      render: (r) => (
                        <span>
                          <strong>{r.applicant_name}</strong>
                          <small class="muted block">
                            {t('nik')} {maskNik(r.nik)}
                          </small>
                        </span>
                      ),
                    },
                    { key: 'domicile', label: t('domicile'), render: (r) => <code>{r.domicile_code}</code> },
                    { key: 'unit', label: t('unit'), render: (r) => r.issuing_unit_name },
                    {
                      key: 'status',
                      label: t('status'),
                      render: (r) => (
                        <span data-status={r.status}>
                          <Badge kind={r.status}>{t(`status_${r.status}`)}</Badge>
                        </span>
                      ),
                    },
                    {
                      key: 'submitted',
                      label: t('submitted'),
                      render: (r) => (
                        <span>
                          {formatDateTime(r.submitted_at, user.time_zone)}
                          <small class="muted block">{t('by', { user: r.submitted_by })}</small>
                        </span>
                      ),
                    },
                    { key: 'result', label: t('result'), render: (r) => r.number ?? r.reason ?? '—' },
                    { key: 'next', label: t('next'), render: (r) => <Actions r={r} user={user} onDone={list.reload} /> },
                  ]}
                />
                <Pager
                  page={list.page}
                  size={PAGE}
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
        {can(user, 'submit_skck') && <NewRequest onDone={list.reload} />}
      </div>
    </section>
  );
}
