// Reads a worksheet of an XLSX file back with unzip (Debian's unzip, no npm
// package): what the API tests use to check the workbooks the server writes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

export function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: options.encoding ?? 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.error, undefined, `${cmd}: ${r.error}`);
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const xmlText = (s) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

// The rows of the worksheet named `sheetName` as arrays of cell values
// (shared strings resolved), read back with unzip.
export function readXlsxSheet(file, sheetName) {
  const workbook = run('unzip', ['-p', file, 'xl/workbook.xml']);
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((s) => s.includes(`name="${sheetName}"`));
  assert.ok(sheet, `no sheet ${sheetName} in workbook.xml`);
  const rid = sheet.match(/r:id="([^"]+)"/)[1];
  const rels = run('unzip', ['-p', file, 'xl/_rels/workbook.xml.rels']);
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rid}"`));
  const target = rel.match(/Target="([^"]+)"/)[1].replace(/^\/?(xl\/)?/, '');
  const shared = [...run('unzip', ['-p', file, 'xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => xmlText(m[1]));
  const xml = run('unzip', ['-p', file, `xl/${target}`]);
  const rows = [];
  for (const m of xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells = [];
    for (const c of m[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = c[1].match(/r="([A-Z]+)\d+"/)[1];
      const col = [...ref].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const v = c[2]?.match(/<v>([\s\S]*?)<\/v>/)?.[1];
      let value = null;
      if (/\bt="s"/.test(c[1])) value = shared[Number(v)];
      else if (/\bt="inlineStr"/.test(c[1])) value = xmlText(c[2] ?? '');
      else if (v !== undefined) value = Number(v);
      cells[col] = value;
    }
    rows.push(cells);
  }
  return { target, rows };
}

