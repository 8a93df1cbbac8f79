// /insiden/catat: an operator records a report that came by telephone (110),
// from FKPM, a watch post, a Bhabinkamtibmas or a patrol. The same fields as
// the public form, plus the source, the severity and the first level; the
// point by a click on the map (the territory's outlines drawn) or the device.

import { useState } from 'preact/hooks';
import { Link } from '../core/router';
import { Field, useAsync, ErrorBox, Loading } from '../core/ui';
import { createIncident, incidentTypes } from './api';
import { BASE } from './parts';
import { ReportFields } from './ReportFields';
import { type Incident, type Level, LEVELS, type OperatorReportInput, type Severity, SEVERITIES, type Source, SOURCES } from './types';
import { useReportForm } from './useReportForm';
import { labelOf, t } from './words';

export function RecordForm({ onRecorded }: { onRecorded: (inc: Incident) => void }) {
  const types = useAsync((signal) => incidentTypes(signal), []);
  const form = useReportForm();
  const [source, setSource] = useState<Source>('operator_110');
  const [severity, setSeverity] = useState<Severity>(1);
  const [level, setLevel] = useState<Level>('hijau');

  const submit = async (e: Event) => {
    e.preventDefault();
    if (form.busy) return;
    const inc = await form.submit<Incident, OperatorReportInput>(createIncident, (input) => ({ ...input, source, severity, level }));
    if (inc) onRecorded(inc);
  };

  return (
    <form class="card inc-record" onSubmit={submit} noValidate data-testid="record-form">
      <Link href={BASE} class="small">
        {t('back')}
      </Link>
      <h2>{t('recordTitle')}</h2>
      <p class="muted small">{t('recordIntro')}</p>
      {types.state.status === 'loading' && <Loading />}
      {types.state.status === 'error' && <ErrorBox error={types.state.error} onRetry={types.reload} />}
      {types.state.status === 'ok' && (
        <>
          <div class="field-row">
            <Field name="source" label={t('f_source')}>
              <select id="f-source" value={source} data-testid="record-source" onChange={(e) => setSource(e.currentTarget.value as Source)}>
                {SOURCES.map((s) => (
                  <option value={s}>{labelOf('source', s)}</option>
                ))}
              </select>
            </Field>
            <Field name="severity" label={t('f_severity')}>
              <select id="f-severity" value={severity} data-testid="record-severity" onChange={(e) => setSeverity(Number(e.currentTarget.value) as Severity)}>
                {SEVERITIES.map((s) => (
                  <option value={s}>{labelOf('severity', s)}</option>
                ))}
              </select>
            </Field>
            <Field name="level" label={t('f_level')}>
              <select id="f-level" value={level} data-testid="record-level" onChange={(e) => setLevel(e.currentTarget.value as Level)}>
                {LEVELS.map((l) => (
                  <option value={l}>{labelOf('level', l)}</option>
                ))}
              </select>
            </Field>
          </div>
          <ReportFields
            draft={form.draft}
            onChange={form.change}
            errors={form.errors}
            setError={form.setError}
            types={types.state.data}
            outlines
          />
          {form.formError && (
            <div class="form-error" role="alert" data-testid="record-error">
              {form.formError}
            </div>
          )}
          <div class="form-actions">
            <button type="submit" class="btn btn-primary" disabled={form.busy} data-testid="record-submit">
              {form.busy ? t('sending') : t('recordSubmit')}
            </button>
            <Link href={BASE} class="btn">
              {t('back')}
            </Link>
          </div>
        </>
      )}
    </form>
  );
}
