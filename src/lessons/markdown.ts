// scenarios/LESSONS.md, written from the results of `npm run lessons --write`.
import type { LessonResult } from './run';

function num(x: number | null): string {
  if (x === null) return '—';
  const a = Math.abs(x);
  return a >= 1000 ? x.toFixed(0) : a >= 1 ? x.toFixed(2) : x.toFixed(4);
}

export function lessonsMarkdown(results: readonly LessonResult[], seeds: number): string {
  const passed = results.filter((r) => r.pass).length;
  const lines = [
    '# The twenty lessons, measured · 二十条经验的实测',
    '',
    'Written by `npm run lessons -- --write` (src/lessons). Each lesson of DESIGN.md §6 is a',
    'paired experiment: the same seeds with and without the decision; the effect is the mean',
    'of (with − without) over the seeds, with a 95% interval (normal approximation). A lesson',
    'passes when the whole interval lies on the side the course documents state. Money is in',
    'fen (CNY minor units); rates are fractions.',
    '',
    `Seeds 1–${seeds}. Passed: ${passed} of ${results.length}.`,
    '',
    '| # | lesson | compared | measured | side | effect | 95% interval | pass |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    if (r.effect === null) {
      lines.push(`| ${r.id} | ${r.title} | — | not measured: the model does not carry ${r.waitsFor ?? 'it'} yet | — | — | — | no |`);
      continue;
    }
    lines.push(`| ${r.id} | ${r.title} | ${r.compare} | ${r.kpi} | ${r.expect === 'up' ? '> 0' : '< 0'} | ${num(r.effect)} | ${num(r.low)} … ${num(r.high)} | ${r.pass ? 'yes' : 'NO'} |`);
  }
  lines.push('');
  return lines.join('\n');
}
