// Grades one file in a pool runner: read it (refusing an oversized file unread, so
// 50 MB of garbage costs nothing), then gradeRun. Never throws: every file gets a row.
import { gradeRun, DEFAULT_MAX_RUN_BYTES, type GradeRow } from '../run';
import { RUN_FILE, readLimited } from './files';
import { deepFreeze } from '../scenario/freeze';
import type { GradeInit } from './tasks';

export function handler(init: GradeInit): (file: string) => GradeRow {
  // A worker gets a structured clone, which is not frozen: freeze it again, as the
  // loader does, so the engine may remember what it derives from it (scenarioHash).
  const scenario = deepFreeze(init.scenario);
  const maxBytes = init.maxBytes ?? DEFAULT_MAX_RUN_BYTES;
  return (file) => {
    const read = readLimited(file, { ...RUN_FILE, maxBytes });
    if (!read.ok) return { status: 'invalid', detail: read.reason, student: '', score: null, kpis: null };
    return gradeRun(read.bytes, scenario, { maxBytes });
  };
}
