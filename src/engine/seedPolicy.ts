// Seed policies (DESIGN.md §5, issue 4): a scenario fixes the seed, or derives it
// from the assignment salt and the student id, so a student cannot pick a lucky
// seed and a grader can recompute it from the id alone.
import type { SeedPolicy } from './schema';
import { hashString } from './hash';

/** The longest student id (after normalising): the seed policy, run files and `chuhai run --student` share it. */
export const MAX_STUDENT_ID = 200;

export type SeedResult = { ok: true; seed: number } | { ok: false; reason: string };

/** Student ids are compared after trimming and Unicode NFC normalisation (学号 typed on any keyboard). */
export function normaliseStudentId(id: string): string {
  return id.trim().normalize('NFC');
}

export function deriveSeed(policy: SeedPolicy, studentId?: string): SeedResult {
  if (policy.kind === 'fixed') return { ok: true, seed: policy.seed };
  const id = studentId === undefined ? '' : normaliseStudentId(studentId);
  if (id === '') return { ok: false, reason: 'this scenario derives the seed from the student id: give one' };
  if (id.length > MAX_STUDENT_ID) return { ok: false, reason: `a student id may be at most ${MAX_STUDENT_ID} characters` };
  // The first 32 bits of the 64-bit hash of "salt␀id".
  return { ok: true, seed: Number.parseInt(hashString(`${policy.salt}\u0000${id}`).slice(0, 8), 16) };
}
