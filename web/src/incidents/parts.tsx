// Small pieces the incident screens share: the status chip, the level mark.

import { levelColor, statusTone } from './values';
import { labelOf } from './words';

export function StatusChip({ status, testid }: { status: string; testid?: string }) {
  return (
    <span class={`inc-chip inc-chip-${statusTone(status)}`} data-status={status} data-testid={testid}>
      {labelOf('status', status)}
    </span>
  );
}

export function LevelMark({ level, testid }: { level: string; testid?: string }) {
  return (
    <span class={`inc-level inc-level-${level}`} style={{ background: levelColor(level) }} data-level={level} data-testid={testid}>
      {labelOf('level', level)}
    </span>
  );
}

export const BASE = '/insiden';

export function incidentHref(id: number | null): string {
  return id === null ? BASE : `${BASE}/${id}`;
}
