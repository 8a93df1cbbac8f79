// CSV import of registry data: the kind of data, then the shared upload form
// (core/CsvImport.tsx) that shows a rejected file line by line.

import { useState } from 'preact/hooks';
import { api } from '../core/api';
import { CsvImportForm } from '../core/CsvImport';
import { can, currentUser } from '../core/session';
import type { ImportKind } from '../core/types';
import { Field } from '../core/ui';
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

export function ImportPage() {
  const user = currentUser()!;
  const [kind, setKind] = useState<ImportKind>('objects');

  if (!can(user, 'import_registry')) {
    return (
      <div class="state state-error" role="alert">
        {t('noImportPermission')}
      </div>
    );
  }

  return (
    <div class="import-page" data-testid="import-page">
      <p class="muted">{t('importIntro')}</p>
      <CsvImportForm upload={(csv) => api.importCsv(kind, csv)}>
        <Field name="import-kind" label={t('importKind')} hint={`${t('columns')}: ${COLUMNS[kind]}`}>
          <select id="f-import-kind" name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as ImportKind)}>
            {KINDS.map((k) => (
              <option value={k}>{t(`kind_${k}`)}</option>
            ))}
          </select>
        </Field>
      </CsvImportForm>
    </div>
  );
}
