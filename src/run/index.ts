// Run files: record, replay, verify, grade (DESIGN.md §3, §5, §7).
export { MAX_STUDENT_ID, RUN_FORMAT, RUN_FORMAT_VERSION, RunFileSchema, ScoreSchema, isBlankStudentId, isRunFile, serializeRun } from './runFile';
export type { GradeStatus, RunFile, RunSeedPolicy, RunTurn } from './runFile';
export { chooseSeed, playRun, recordable, type PlayOptions, type PlayedRun } from './record';
export { checkShape, precheck, replayCheckedRun, replayRun, type ReplayResult } from './replay';
export { readRunBytes, readRunText, type RunRead } from './readRun';
export { DEFAULT_MAX_RUN_BYTES, gradeRun, playedDetail, type GradeOptions, type GradeRow } from './grade';
export { HEADLINE_KPIS, headlineKpis, type HeadlineKpi } from './headline';
export { CSV_HEADER, gradesCsv, isGradesCsv } from './csv';
