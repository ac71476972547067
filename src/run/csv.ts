// The grades CSV (issue 4 item 7) for gradebooks: UTF-8 with a byte-order mark
// (so Excel shows Chinese names instead of mojibake), RFC 4180 quoting, CRLF
// line ends, one row per file in the order given.
import { HEADLINE_KPIS } from './headline';
import type { GradeRow } from './grade';

export const CSV_HEADER = ['file', 'student', 'status', 'detail', 'score', ...HEADLINE_KPIS] as const;

export function gradesCsv(rows: readonly (GradeRow & { file: string })[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const r of rows) {
    const kpis = HEADLINE_KPIS.map((k) => {
      const v = r.kpis?.[k];
      return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
    });
    const score = r.score === null || !Number.isFinite(r.score) ? '' : r.score.toFixed(2);
    lines.push([text(r.file), text(r.student), r.status, text(r.detail), score, ...kpis].join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Whether a file's text is a grades CSV as gradesCsv writes it (its header, after the byte-order mark). */
export function isGradesCsv(text: string): boolean {
  return text.replace(/^\uFEFF/, '').startsWith(CSV_HEADER.join(','));
}

/**
 * A text field. Spreadsheets run a cell that starts with = + - @ (or a tab or CR
 * before one) as a formula, and student ids and file names come from students:
 * such a value gets a leading apostrophe, which shows it as text (OWASP "CSV
 * injection"). Then RFC 4180: quote when the field holds a comma, a quote or a
 * line break, doubling the quotes.
 */
export function text(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
