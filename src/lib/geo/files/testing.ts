// Shared by the readers' tests: the real files of geo/ as JSON, and a way to run one reader.
import { GEO_DIR, readGeoDir } from '../../../../scripts/geo-files.ts';
import type { Problem } from '../problems';
import type { Declared } from './common';

export const geoText = readGeoDir(GEO_DIR);

/** A fresh copy of a geo/ file's JSON, to edit. */
export function geoJson(file: string): unknown {
  return JSON.parse(geoText[file]!);
}

/** Every id counts as declared: a reader alone does not report references as unknown. */
const any = { has: () => true };
export const ANY_DECLARED: Declared = {
  passages: any,
  nodes: any,
  routes: any,
  segments: any,
  flights: any,
};

/** What a reader returns, with the problems it reported. */
export function run<T>(read: (problems: Problem[]) => T): { value: T; problems: Problem[] } {
  const problems: Problem[] = [];
  return { value: read(problems), problems };
}
