// A plain data table that turns into cards on a phone (each cell carries its
// column label for the narrow layout).

import type { ComponentChildren } from 'preact';

export interface Column<T> {
  key: string;
  label: string;
  render: (row: T) => ComponentChildren;
  class?: string;
}

export function DataTable<T>({
  columns,
  rows,
  rowKey,
  testid,
}: {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  testid?: string;
}) {
  return (
    <div class="table-wrap">
      <table class="data-table" data-testid={testid}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" class={c.class}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)} data-row={rowKey(r)}>
              {columns.map((c) => (
                <td data-label={c.label} class={c.class}>
                  {c.render(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
