// The grades CSV read back with a strict RFC 4180 parser written here: BOM,
// CRLF, quoting of commas, quotes and line breaks, Chinese names intact.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_HEADER, gradeRun, gradesCsv, type GradeRow } from '../../src/run';
import { scenario, simpleRunText } from './helpers';

/** RFC 4180: records end in CRLF; a field is bare (no comma, quote, CR or LF) or quoted with quotes doubled. Throws on anything else. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let pos = 0;
  while (pos < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[pos] === '"') {
        pos += 1;
        for (;;) {
          if (pos >= text.length) throw new Error('unterminated quoted field');
          if (text[pos] === '"') {
            if (text[pos + 1] === '"') { field += '"'; pos += 2; continue; }
            pos += 1;
            break;
          }
          field += text[pos];
          pos += 1;
        }
      } else {
        while (pos < text.length && !/[,\r\n"]/.test(text[pos]!)) { field += text[pos]; pos += 1; }
        if (text[pos] === '"') throw new Error(`quote inside a bare field at ${pos}`);
      }
      record.push(field);
      if (text[pos] === ',') { pos += 1; continue; }
      if (text.startsWith('\r\n', pos)) { pos += 2; break; }
      if (pos >= text.length) break;
      throw new Error(`expected a comma or CRLF at ${pos}, found ${JSON.stringify(text[pos])}`);
    }
    records.push(record);
  }
  return records;
}

const row = (file: string, r: Partial<GradeRow>): GradeRow & { file: string } => ({
  file, status: 'invalid', detail: '', student: '', score: null, kpis: null, ...r,
});

describe('grades CSV', () => {
  it('starts with a BOM, uses CRLF, and reads back field for field', () => {
    const campaign = scenario('campaign-global');
    const ok = { file: 'runs/张三.json', ...gradeRun(simpleRunText('campaign-global', '张三'), campaign) };
    const rows = [
      ok,
      row('runs/王五, "小五".json', { student: '王五', status: 'tampered', detail: 'turn 7: the recorded state hash differs\r\nsecond line, with "quotes"' }),
      row('runs/empty.json', { detail: 'the file is empty' }),
      row('runs/lf.json', { student: 'Ann\nLee', detail: 'a,b' }),
    ];
    const csv = gradesCsv(rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(true); // only inside quoted fields
    const parsed = parseCsv(csv.slice(1));
    expect(parsed[0]).toEqual([...CSV_HEADER]);
    expect(parsed[0]).toEqual(['file', 'student', 'status', 'detail', 'score', 'totalRevenue', 'totalProfit', 'totalOrders', 'finalCash', 'meanSatisfaction']);
    expect(parsed).toHaveLength(rows.length + 1);
    expect(parsed[1]!.slice(0, 5)).toEqual(['runs/张三.json', '张三', 'ok', '', ok.score!.toFixed(2)]);
    expect(parsed[1]!.slice(5)).toEqual(Object.values(ok.kpis!).map(String));
    expect(parsed[2]).toEqual(['runs/王五, "小五".json', '王五', 'tampered', rows[1]!.detail, '', '', '', '', '', '']);
    expect(parsed[4]!.slice(0, 4)).toEqual(['runs/lf.json', 'Ann\nLee', 'invalid', 'a,b']);
  });

  it('keeps a spreadsheet from running a student id as a formula', () => {
    const parsed = parseCsv(gradesCsv([row('=1+1.json', { student: '=HYPERLINK("http://x","y")', detail: '@SUM(A1)' })]).slice(1));
    expect(parsed[1]!.slice(0, 4)).toEqual(["'=1+1.json", '\'=HYPERLINK("http://x","y")', 'invalid', "'@SUM(A1)"]);
  });

  it('round-trips any text', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string()), { maxLength: 5 }), (cells) => {
      const rows = cells.map(([file, student, detail]) => row(file, { student, detail }));
      const parsed = parseCsv(gradesCsv(rows).slice(1));
      expect(parsed).toHaveLength(rows.length + 1);
      const guard = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
      parsed.slice(1).forEach((p, i) => {
        expect([p[0], p[1], p[3]]).toEqual([guard(rows[i]!.file), guard(rows[i]!.student), guard(rows[i]!.detail)]);
        expect(p).toHaveLength(CSV_HEADER.length);
      });
    }), { numRuns: 300, seed: 4 });
  });
});
