// Grades one file in a worker: read it (refusing an oversized file unread, so 50 MB
// of garbage costs nothing), then gradeRun. Never throws: every file gets a row.
import { gradeRun, DEFAULT_MAX_RUN_BYTES, type GradeRow } from '../run';
import { readLimited } from './files';
import { loadScenarioFile } from './scenarios';
import type { GradeInit } from './tasks';

export function gradeHandler(init: GradeInit): (file: string) => GradeRow {
  const { scenario } = loadScenarioFile(init.scenarioPath);
  const maxBytes = init.maxBytes ?? DEFAULT_MAX_RUN_BYTES;
  return (file) => {
    const read = readLimited(file, maxBytes, 'a run file');
    if (!read.ok) return { status: 'invalid', detail: read.reason, student: '', score: null, kpis: null };
    return gradeRun(read.bytes, scenario, { maxBytes });
  };
}
