// CSV import: all or nothing on the server; a rejected file comes back with
// one issue per line and column, shown as a table.

import { useState } from 'preact/hooks';
import { api, ApiError } from '../core/api';
import { formatNumber, getLang } from '../core/i18n';
import { can, currentUser } from '../core/session';
import type { ImportIssue, ImportKind } from '../core/types';
import { errorText, Field } from '../core/ui';
import { t } from './words';

const KINDS: ImportKind[] = ['objects', 'tps', 'regions', 'units', 'elections', 'stages', 'candidates'];

/** The header line each kind expects (src/io/registry_csv.hpp). */
const COLUMNS: Record<ImportKind, string> = {
  regions: 'code,name,level,lat,lon',
  units: 'code,name,level,parent_code,region_codes,lat,lon',
  tps: 'code,number,desa_code,lat,lon,voters,address',
  objects: 'kind,name,lat,lon,desa_code,notes',
  elections: 'code,name,kind,region_code,voting_date',
  stages: 'code,name_id,name_en,starts_on,ends_on,posture_id,posture_en',
  candidates: 'election_code,number,head_name,deputy_name,parties',
};

type Outcome =
  | { kind: 'ok'; imported: number }
  | { kind: 'rejected'; message: string; issues: ImportIssue[] }
  | { kind: 'error'; message: string };

export function ImportPage() {
  const user = currentUser()!;
  const lang = getLang();
  const [kind, setKind] = useState<ImportKind>('objects');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [missing, setMissing] = useState(false);

  if (!can(user, 'import_registry')) {
    return (
      <div class="state state-error" role="alert">
        {t('noImportPermission')}
      </div>
    );
  }

  const submit = async (e: Event) => {
    e.preventDefault();
    const csv = file ? await file.text() : text;
    if (!csv.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setOutcome(null);
    try {
      const r = await api.importCsv(kind, csv);
      setOutcome({ kind: 'ok', imported: r.imported });
    } catch (err) {
      if (err instanceof ApiError && err.issues.length) {
        setOutcome({ kind: 'rejected', message: err.text(lang), issues: err.issues });
      } else {
        setOutcome({ kind: 'error', message: errorText(err) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="import-page" data-testid="import-page">
      <p class="muted">{t('importIntro')}</p>
      <form class="import-form" onSubmit={submit} noValidate>
        <Field name="import-kind" label={t('importKind')} hint={`${t('columns')}: ${COLUMNS[kind]}`}>
          <select id="f-import-kind" name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as ImportKind)}>
            {KINDS.map((k) => (
              <option value={k}>{t(`kind_${k}`)}</option>
            ))}
          </select>
        </Field>
        <Field name="import-file" label={t('file')} error={missing ? t('noFile') : null}>
          <input
            id="f-import-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setMissing(false);
            }}
          />
        </Field>
        <Field name="import-text" label={t('orPaste')}>
          <textarea
            id="f-import-text"
            rows={6}
            class="mono"
            value={text}
            disabled={!!file}
            onInput={(e) => {
              setText(e.currentTarget.value);
              setMissing(false);
            }}
          />
        </Field>
        <button type="submit" class="btn btn-primary" disabled={busy} data-testid="import-submit">
          {busy ? t('uploading') : t('upload')}
        </button>
      </form>

      {outcome?.kind === 'ok' && (
        <div class="notice ok" role="status" data-testid="import-ok">
          {t('importOk', { count: formatNumber(outcome.imported) })}
        </div>
      )}
      {outcome?.kind === 'error' && (
        <div class="state state-error" role="alert">
          {outcome.message}
        </div>
      )}
      {outcome?.kind === 'rejected' && (
        <div class="import-issues" role="alert" data-testid="import-issues">
          <p class="form-error">{t('importRejected', { count: formatNumber(outcome.issues.length) })}</p>
          <div class="table-wrap">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('line')}</th>
                  <th scope="col">{t('column')}</th>
                  <th scope="col">{t('problem')}</th>
                </tr>
              </thead>
              <tbody>
                {outcome.issues.map((i) => (
                  <tr data-line={i.line}>
                    <td data-label={t('line')} class="num">
                      {i.line}
                    </td>
                    <td data-label={t('column')}>{i.column ?? '—'}</td>
                    <td data-label={t('problem')}>{lang === 'en' ? i.message_en || i.message : i.message || i.message_en}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}
