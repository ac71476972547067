// Runs the lessons' paired experiments over seeds 1..N and says, for each, whether
// the 95% interval of the effect lies on the side the seed states.
import type { Lesson } from './lesson';
import { MEASURED, PENDING } from './catalog';
import { onSide, pairedInterval } from './stats';

export interface LessonResult {
  id: number;
  title: string;
  titleZh: string;
  kpi: string;
  compare: string;
  expect: 'up' | 'down';
  /** null when the model does not carry the lesson's cause yet. */
  effect: number | null;
  low: number | null;
  high: number | null;
  seeds: number;
  pass: boolean;
  waitsFor?: string;
}

export function runLesson(lesson: Lesson, seeds: number): LessonResult {
  const diffs: number[] = [];
  for (let seed = 1; seed <= seeds; seed += 1) diffs.push(lesson.sample(seed));
  const i = pairedInterval(diffs);
  return {
    id: lesson.id, title: lesson.title, titleZh: lesson.titleZh, kpi: lesson.kpi, compare: lesson.compare, expect: lesson.expect,
    effect: i.effect, low: i.low, high: i.high, seeds, pass: onSide(i, lesson.expect),
  };
}

export function runLessons(seeds: number, only?: ReadonlySet<number>, onDone?: (r: LessonResult) => void): LessonResult[] {
  const out: LessonResult[] = [];
  for (const l of MEASURED) {
    if (only && !only.has(l.id)) continue;
    const r = runLesson(l, seeds);
    onDone?.(r);
    out.push(r);
  }
  for (const p of PENDING) {
    if (only && !only.has(p.id)) continue;
    out.push({ id: p.id, title: p.title, titleZh: p.titleZh, kpi: '', compare: '', expect: 'up', effect: null, low: null, high: null, seeds: 0, pass: false, waitsFor: p.waitsFor });
  }
  return out.sort((a, b) => a.id - b.id);
}
