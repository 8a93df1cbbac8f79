// Uploading a CSV file: all or nothing on the server; a rejected file comes
// back with one issue per line and column, shown as a table. Used by the
// registry import and by the vulnerability screen (Bawaslu observations).

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from './api';
import { formatNumber, getLang, messages } from './i18n';
import type { ImportIssue, ImportResult } from './types';
import { errorText, Field } from './ui';

export const t = messages(
  {
    file: 'Berkas CSV',
    orPaste: 'atau tempel isi CSV',
    upload: 'Impor',
    uploading: 'Mengimpor…',
    importOk: '{count} baris diimpor.',
    importRejected: 'Berkas ditolak: {count} masalah. Tidak ada yang disimpan.',
    line: 'Baris',
    column: 'Kolom',
    problem: 'Masalah',
    noFile: 'Pilih berkas atau tempel isi CSV terlebih dahulu.',
  },
  {
    file: 'CSV file',
    orPaste: 'or paste the CSV text',
    upload: 'Import',
    uploading: 'Importing…',
    importOk: '{count} rows imported.',
    importRejected: 'File rejected: {count} problems. Nothing was stored.',
    line: 'Line',
    column: 'Column',
    problem: 'Problem',
    noFile: 'Choose a file or paste the CSV text first.',
  },
);

type Outcome =
  | { kind: 'ok'; imported: number }
  | { kind: 'rejected'; message: string; issues: ImportIssue[] }
  | { kind: 'error'; message: string };

export function IssueTable({ issues }: { issues: ImportIssue[] }) {
  const lang = getLang();
  return (
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
          {issues.map((i) => (
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
  );
}

/**
 * The form: file or pasted text, one button, the outcome under it.
 * `children` are extra fields shown first (the registry's kind of data).
 * `idPrefix` keeps element ids unique: f-{idPrefix}-file, f-{idPrefix}-text.
 */
export function CsvImportForm({
  upload,
  hint,
  idPrefix = 'import',
  onImported,
  children,
}: {
  upload: (csv: string) => Promise<ImportResult>;
  hint?: string;
  idPrefix?: string;
  onImported?: (imported: number) => void;
  children?: ComponentChildren;
}) {
  const lang = getLang();
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [missing, setMissing] = useState(false);

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
      const r = await upload(csv);
      setOutcome({ kind: 'ok', imported: r.imported });
      onImported?.(r.imported);
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
    <>
      <form class="import-form" onSubmit={submit} noValidate>
        {children}
        <Field name={`${idPrefix}-file`} label={t('file')} error={missing ? t('noFile') : null} hint={hint}>
          <input
            id={`f-${idPrefix}-file`}
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setMissing(false);
            }}
          />
        </Field>
        <Field name={`${idPrefix}-text`} label={t('orPaste')}>
          <textarea
            id={`f-${idPrefix}-text`}
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
        <button type="submit" class="btn btn-primary" disabled={busy} data-testid={`${idPrefix}-submit`}>
          {busy ? t('uploading') : t('upload')}
        </button>
      </form>

      {outcome?.kind === 'ok' && (
        <div class="notice ok" role="status" data-testid={`${idPrefix}-ok`}>
          {t('importOk', { count: formatNumber(outcome.imported) })}
        </div>
      )}
      {outcome?.kind === 'error' && (
        <div class="state state-error" role="alert">
          {outcome.message}
        </div>
      )}
      {outcome?.kind === 'rejected' && (
        <div class="import-issues" role="alert" data-testid={`${idPrefix}-issues`}>
          <p class="form-error">{t('importRejected', { count: formatNumber(outcome.issues.length) })}</p>
          <IssueTable issues={outcome.issues} />
        </div>
      )}
    </>
  );
}
