// The engine's public API: pure functions over plain data (DESIGN.md §3).
export { newGame, scenarioHash, PLAYER_ID } from './newGame';
export { resolveTurn, type TurnActions, type TurnResult } from './resolveTurn';
export { stateHash } from './stateHash';
export { Action } from './actions';
export type { RefusedAction } from './actions';
export { RULES_VERSION } from './state';
export type { GameState, Company, Listing, Shipment } from './state';
export type { TurnReport, CompanyReport, Funnel, WaterfallStep } from './report';
export type { SalesCell } from './log';
export * from './schema';
export type { Problem } from './problems';
export { deriveSeed, normaliseStudentId, type SeedResult } from './seedPolicy';
export { studentView, publicScenario, type StudentView, type PublicPrice } from './view';
export { zeroKpis } from './kpis';
export { canonicalJson, hashString } from './hash';
export { weekOfTurn } from './world';
export { scoreRun, scoreCard, SCORE_PARTS, type Score, type ScorePart } from './score';
export { worldOf, type World } from './world';
