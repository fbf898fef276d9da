/** One row of the results table: a measured figure, its baseline from the same run, and the target it is held to. */
export interface BenchRow {
  bench: string;
  case: string;
  ours: string;
  baseline: string;
  ratio: number | null;
  target: string;
  met: boolean | null;
  notes?: string;
}
