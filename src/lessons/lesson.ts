// A lesson of DESIGN.md §6 as a paired experiment: for each seed, the KPI with the
// decision (treatment) minus the KPI without it (control), on the same seed, so
// luck cancels out. The seed's claim holds when the 95% interval of the mean
// difference lies on the side it states.
export interface Lesson {
  /** 1–20, the numbering of DESIGN.md §6. */
  id: number;
  title: string;
  titleZh: string;
  /** Where the seed teaches it. */
  source: string;
  /** What is measured, in words (KPI, market, turns). */
  kpi: string;
  /** The decision compared: treatment vs control. */
  compare: string;
  /** The side the seed states for treatment − control. */
  expect: 'up' | 'down';
  /** Seeds for the quick check in `npm test` (default 12): more where one seed's noise is large. */
  testSeeds?: number;
  /** treatment − control on one seed. */
  sample(seed: number): number;
}
