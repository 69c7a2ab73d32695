/**
 * The statistics tables as one CSV: UTF-8 with a BOM because Excel on Korean
 * Windows reads a BOM-less file as CP949 and garbles 한글. One line per
 * bucket: section, key, then the counts.
 */
export const COUNT_FIELDS = ['recommendations', 'clean', 'duplicatesFlagged', 'ineligibleBlocked', 'concentrationWarnings', 'finalList'] as const;
export type Counts = Record<(typeof COUNT_FIELDS)[number], number>;
export interface CsvSection { section: string; rows: { key: string; counts: Counts }[] }

const cell = (v: string | number) => (/[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

export function statisticsCsv(sections: CsvSection[], header: string[]): string {
  const lines = [header.map(cell).join(',')];
  for (const s of sections) for (const r of s.rows) lines.push([s.section, r.key, ...COUNT_FIELDS.map((f) => r.counts[f])].map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function downloadCsv(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
