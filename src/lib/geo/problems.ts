/** One thing wrong with the content of `geo/`, located as precisely as the data allows. */
export interface Problem {
  /** File name inside `geo/`, e.g. `segments.geojson`. */
  file: string;
  /** Id of the feature or entry, when there is one. */
  id?: string;
  /** Field path inside the entry, e.g. `properties.from` or `geometry.coordinates[3]`. */
  field?: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = [
    problem.file,
    problem.id === undefined ? '' : ` "${problem.id}"`,
    problem.field === undefined ? '' : ` ${problem.field}`,
  ].join('');
  return `${where}: ${problem.message}`;
}

/** Thrown by `parseCorridor` with every problem found, not just the first. */
export class CorridorError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `Invalid corridor data (${count}):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'CorridorError';
    this.problems = Object.freeze([...problems]);
  }
}
