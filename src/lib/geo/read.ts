import type { LngLat } from './types';
import type { Problem } from './problems';

/** Plain JSON object, as read from a file. */
export type JsonObject = { readonly [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a number`, `"text"`, `an array`…: what a value is, for messages. */
export function valueLabel(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    return value.length > 40 ? `"${value.slice(0, 37)}…"` : JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `an ${typeof value}`;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_HINT = 'lowercase ASCII letters, digits and single hyphens, e.g. "boyuk-kesik"';

/**
 * Reads the fields of one entry (a feature, a passage…) and records a problem, naming the file,
 * the entry's id and the field, for each one that is missing or ill-typed.
 */
export class EntryReader {
  id: string | undefined;

  constructor(
    private readonly problems: Problem[],
    readonly file: string,
    /** Where the entry is when it has no usable id, e.g. `features[3]`. */
    private readonly where: string,
  ) {}

  report(field: string | undefined, message: string): void {
    const problem: Problem = { file: this.file, message };
    if (this.id !== undefined) problem.id = this.id;
    const where = this.id === undefined ? this.where : undefined;
    const fieldPath = [where, field].filter((part) => part !== undefined && part !== '').join('.');
    if (fieldPath !== '') problem.field = fieldPath;
    this.problems.push(problem);
  }

  string(obj: JsonObject, key: string, field = key): string | undefined {
    const value = obj[key];
    if (value === undefined) this.report(field, 'is missing');
    else if (typeof value !== 'string')
      this.report(field, `must be a string, not ${valueLabel(value)}`);
    else if (value.trim() === '') this.report(field, 'must not be empty');
    else return value;
    return undefined;
  }

  optionalString(obj: JsonObject, key: string, field = key): string | undefined {
    return obj[key] === undefined ? undefined : this.string(obj, key, field);
  }

  /** Reads the entry's id and remembers it for the following messages. */
  readId(obj: JsonObject, key: string, field = key): string | undefined {
    const id = this.string(obj, key, field);
    if (id === undefined) return undefined;
    if (!ID_PATTERN.test(id)) {
      this.report(field, `${valueLabel(id)} is not a valid id: use ${ID_HINT}`);
      return undefined;
    }
    this.id = id;
    return id;
  }

  matching(obj: JsonObject, key: string, pattern: RegExp, hint: string, field = key) {
    const value = this.string(obj, key, field);
    if (value === undefined) return undefined;
    if (!pattern.test(value)) {
      this.report(field, `${valueLabel(value)} is not ${hint}`);
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(obj: JsonObject, key: string, allowed: readonly T[], field = key) {
    const value = obj[key];
    const found = allowed.find((a) => a === value);
    if (found !== undefined) return found;
    const list = allowed.map((a) => `"${a}"`).join(' or ');
    this.report(
      field,
      value === undefined ? `is missing (${list})` : `must be ${list}, not ${valueLabel(value)}`,
    );
    return undefined;
  }

  boolean(obj: JsonObject, key: string, fallback?: boolean, field = key): boolean | undefined {
    const value = obj[key];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.report(
      field,
      value === undefined ? 'is missing' : `must be true or false, not ${valueLabel(value)}`,
    );
    return undefined;
  }

  positiveNumber(obj: JsonObject, key: string, field = key): number | undefined {
    const value = obj[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
    this.report(
      field,
      value === undefined ? 'is missing' : `must be a positive number, not ${valueLabel(value)}`,
    );
    return undefined;
  }

  /** An array of strings; `nonEmpty` requires at least one. */
  strings(obj: JsonObject, key: string, nonEmpty: boolean, field = key): string[] | undefined {
    const value = obj[key];
    if (value === undefined && !nonEmpty) return [];
    if (!Array.isArray(value)) {
      this.report(
        field,
        value === undefined ? 'is missing' : `must be an array, not ${valueLabel(value)}`,
      );
      return undefined;
    }
    if (nonEmpty && value.length === 0) {
      this.report(field, 'must list at least one entry');
      return undefined;
    }
    const out: string[] = [];
    let ok = true;
    value.forEach((item: unknown, i) => {
      if (typeof item === 'string' && item !== '') out.push(item);
      else {
        this.report(`${field}[${i}]`, `must be a non-empty string, not ${valueLabel(item)}`);
        ok = false;
      }
    });
    return ok ? out : undefined;
  }

  object(obj: JsonObject, key: string, field = key): JsonObject | undefined {
    const value = obj[key];
    if (isObject(value)) return value;
    this.report(
      field,
      value === undefined ? 'is missing' : `must be an object, not ${valueLabel(value)}`,
    );
    return undefined;
  }

  /** A `[lon, lat]` position in WGS84 degrees (RFC 7946 §3.1.1); an altitude is ignored. */
  position(value: unknown, field: string): LngLat | undefined {
    if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
      this.report(field, `must be a [lon, lat] position, not ${valueLabel(value)}`);
      return undefined;
    }
    const [lon, lat]: unknown[] = value;
    if (typeof lon !== 'number' || typeof lat !== 'number') {
      this.report(
        field,
        `must hold two numbers [lon, lat], not [${valueLabel(lon)}, ${valueLabel(lat)}]`,
      );
      return undefined;
    }
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      this.report(field, 'must hold finite numbers');
      return undefined;
    }
    if (Math.abs(lat) > 90 && Math.abs(lon) <= 90) {
      this.report(
        field,
        `latitude ${lat} is out of range: [${lon}, ${lat}] looks like [lat, lon]; GeoJSON positions are [lon, lat]`,
      );
      return undefined;
    }
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      this.report(field, `[${lon}, ${lat}] is out of range (lon −180…180, lat −90…90)`);
      return undefined;
    }
    return [lon, lat];
  }
}
