// Seeded fuzzing of what a link can carry: 1,000 random and malformed hashes through parseHash,
// 1,000 queries through readConfig. Nothing throws; what is valid survives, the rest falls back
// to the default. Each generated parameter is tagged valid or invalid when it is made, so the
// expectation follows from the tags (the first occurrence of a key is the one read), not from a
// second copy of the parser. Replay a failure with the seed and path fast-check prints.
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { formatHash, parseHash, type HashState } from '../../src/lib/state/hash.ts';
import { MIN_AUTOPLAY_SECONDS, readConfig } from '../../src/lib/config.ts';
import { parseTour } from '../../src/lib/geo/tour.ts';
import { corridor } from '../../scripts/map-probe.ts';
import { readGeoDir, GEO_DIR } from '../../scripts/geo-files.ts';

const FUZZ_SEED = 20250408;
const RUNS = 1000;
const tour = parseTour(readGeoDir(GEO_DIR)['tour.json']!, corridor);

const ids = {
  segment: corridor.segments.map((s) => s.id),
  flight: corridor.flights.map((f) => f.id),
  node: [...corridor.nodes.keys()],
  step: tour.map((s) => s.id),
};
const KINDS = ['segment', 'flight', 'node'] as const;
const known = {
  pick: (kind: string, id: string) => (ids[kind as keyof typeof ids] ?? []).includes(id),
  step: (id: string) => ids.step.includes(id),
};

interface Param {
  key: string;
  value: string;
  valid: boolean;
}

/** Values that no check accepts: markup, paths, bad escapes, control characters, numbers. */
const hostile = fc.oneof(
  fc.constantFrom(
    '',
    '%',
    '%E0%A4%A',
    '%00',
    '../../etc/passwd',
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    'NaN',
    'Infinity',
    '1e999',
    '-1',
    '\u0000',
    '\u202e',
    'ÄKTAU',
    'a'.repeat(200),
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

const notAn = (list: string[]) => hostile.filter((v) => !list.includes(v));

/** A known id (valid), or anything else (invalid), for one key. */
function idParam(key: keyof typeof ids): fc.Arbitrary<Param> {
  return fc.oneof(
    fc.constantFrom(...ids[key]).map((value) => ({ key, value, valid: true })),
    notAn(ids[key]).map((value) => ({ key, value, valid: false })),
    // A known id of another kind: valid text, wrong kind.
    fc
      .constantFrom(...Object.values(ids).flat())
      .filter((id) => !ids[key].includes(id))
      .map((value) => ({ key, value, valid: false })),
  );
}

const validView = fc
  .record({
    zoom: fc.double({ min: 0, max: 22, noNaN: true }),
    lat: fc.double({ min: -85, max: 85, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
  })
  .map(({ zoom, lat, lng }) => `${zoom.toFixed(2)}/${lat.toFixed(4)}/${lng.toFixed(4)}`);

const invalidView = fc.oneof(
  fc.constantFrom('', '1/2', '1/2/3/4', 'a/b/c', '4//50', '1e1/2/3', '4/41/50/', ' 4/41/50'),
  fc.double({ min: 22.01, max: 1e9, noNaN: true }).map((z) => `${z.toFixed(2)}/41/50`),
  fc.double({ min: 0.01, max: 1e9, noNaN: true }).map((z) => `-${z.toFixed(2)}/41/50`),
  fc.double({ min: 85.01, max: 1e6, noNaN: true }).map((lat) => `4/${lat.toFixed(3)}/50`),
  fc.double({ min: 180.01, max: 1e6, noNaN: true }).map((lng) => `4/41/-${lng.toFixed(3)}`),
  hostile.filter((v) => !/^[\d./-]+$/.test(v)),
);

const param: fc.Arbitrary<Param> = fc.oneof(
  idParam('segment'),
  idParam('flight'),
  idParam('node'),
  idParam('step'),
  validView.map((value) => ({ key: 'map', value, valid: true })),
  invalidView.map((value) => ({ key: 'map', value, valid: false })),
  fc
    .tuple(fc.constantFrom('x', 'SEGMENT', 'segment ', 'Step', '__proto__', ''), hostile)
    .map(([key, value]) => ({ key, value, valid: false })),
);

const encode = (p: Param) => `${encodeURIComponent(p.key)}=${encodeURIComponent(p.value)}`;

/**
 * The state the tags promise: the first occurrence of each key, when it was valid (one pick, the
 * first valid in the kinds' order); each other first occurrence of a key it reads is named, as
 * written, in `ignored`.
 */
function promised(params: Param[]): HashState {
  const first = (key: string) => params.find((p) => p.key === key);
  const state: HashState = {};
  const ignored: string[] = [];
  for (const kind of KINDS) {
    const p = first(kind);
    if (p?.valid && !state.pick) state.pick = { kind, id: p.value };
    else if (p) ignored.push(`${kind}=${p.value}`);
  }
  const step = first('step');
  if (step?.valid) state.step = step.value;
  else if (step) ignored.push(`step=${step.value}`);
  const map = first('map');
  if (map?.valid) {
    const [zoom, lat, lng] = map.value.split('/').map(Number) as [number, number, number];
    state.view = { zoom, center: [lng, lat] };
  } else if (map) ignored.push(`map=${map.value}`);
  if (ignored.length) state.ignored = ignored;
  return state;
}

/** Whether a link kept anything to follow (what it left out aside). */
const keptAny = (state: HashState) => Object.keys(state).some((key) => key !== 'ignored');

function expectValid(state: HashState) {
  if (state.pick) expect(known.pick(state.pick.kind, state.pick.id)).toBe(true);
  if (state.step) expect(known.step(state.step)).toBe(true);
  if (state.view) {
    const { zoom, center } = state.view;
    expect(zoom >= 0 && zoom <= 22).toBe(true);
    expect(Math.abs(center[1]) <= 85 && Math.abs(center[0]) <= 180).toBe(true);
  }
  // What a link gives is what the page writes back: parse ∘ format keeps it.
  const again = parseHash(formatHash(state), known);
  expect(parseHash(formatHash(again), known)).toEqual(again);
}

const counts = { hashes: 0, rawHashes: 0, kept: 0, fellBack: 0, queries: 0, refused: 0 };

afterAll(() => {
  console.log(
    `address fuzz (seed ${FUZZ_SEED}): ${counts.hashes} structured and ${counts.rawHashes} raw ` +
      `hashes (${counts.kept} kept a valid part, ${counts.fellBack} gave the default), ` +
      `${counts.queries} queries (${counts.refused} style URLs refused)`,
  );
});

describe('fuzzed address hashes', () => {
  test(`${RUNS} structured hashes keep their valid parts and drop the rest`, () => {
    fc.assert(
      fc.property(
        fc.array(param, { maxLength: 8 }),
        fc.constantFrom('#', '', '##', '#&'),
        (params, prefix) => {
          counts.hashes++;
          const state = parseHash(prefix + params.map(encode).join('&'), known);
          // After '##' the first key reads as '#key', which nothing knows.
          const [head, ...rest] = params;
          const read =
            prefix === '##' && head ? [{ ...head, key: `#${head.key}` }, ...rest] : params;
          expect(state).toEqual(promised(read));
          if (keptAny(state)) counts.kept++;
          else counts.fellBack++;
          expectValid(state);
        },
      ),
      { seed: FUZZ_SEED, numRuns: RUNS },
    );
  });

  test(`${RUNS} raw strings as hashes never throw and give only valid state`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc
            .array(fc.oneof(hostile, fc.constantFrom('=', '&', '#', '%', '+')), { maxLength: 12 })
            .map((parts) => parts.join('')),
        ),
        (hash) => {
          counts.rawHashes++;
          const state = parseHash(hash, known);
          if (keptAny(state)) counts.kept++;
          else counts.fellBack++;
          expectValid(state);
        },
      ),
      { seed: FUZZ_SEED, numRuns: RUNS },
    );
  });
});

describe('fuzzed queries', () => {
  const env = {
    VITE_BASEMAP_STYLE: 'https://tiles.example.org/style.json',
    VITE_STYLE_ORIGINS: 'https://maps.example.com',
  };
  const THEMES = ['light', 'dark', 'projector'];
  const queryParam: fc.Arbitrary<Param> = fc.oneof(
    fc.constantFrom(...THEMES).map((value) => ({ key: 'theme', value, valid: true })),
    notAn(THEMES).map((value) => ({ key: 'theme', value, valid: false })),
    fc
      .tuple(fc.constantFrom('https://tiles.example.org', 'https://maps.example.com'), hostile)
      .map(([origin, path]) => ({
        key: 'style',
        value: `${origin}/${encodeURIComponent(path)}`,
        valid: true,
      })),
    fc
      .constantFrom(
        'https://evil.example.net/style.json',
        'http://tiles.example.org/style.json',
        'https://tiles.example.org:444/style.json',
        'https://tiles.example.org.evil.example.net/s.json',
        'https://user@maps.example.com.evil.example.net/s.json',
      )
      .map((value) => ({ key: 'style', value, valid: false })),
    fc
      .constantFrom('javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'not a url')
      .map((value) => ({ key: 'style', value, valid: false })),
    fc
      .double({ min: 0.001, max: 1e6, noNaN: true })
      .map((n) => ({ key: 'autoplay', value: String(n), valid: true })),
    fc
      .constantFrom('0', '-3', 'soon', 'NaN', 'Infinity', '-Infinity', '')
      .map((value) => ({ key: 'autoplay', value, valid: false })),
    fc.constant({ key: 'present', value: '', valid: true }),
  );

  test(`${RUNS} queries give the asked theme, style and show when valid, else the defaults`, () => {
    fc.assert(
      fc.property(fc.array(queryParam, { maxLength: 6 }), (params) => {
        counts.queries++;
        const config = readConfig(`?${params.map(encode).join('&')}`, env);
        const first = (key: string) => params.find((p) => p.key === key);

        const theme = first('theme');
        expect(config.theme).toBe(theme?.valid ? theme.value : 'light');
        expect(config.themeChosen).toBe(Boolean(theme?.valid));

        const style = first('style');
        const online = style?.valid && new URL(style.value).href;
        expect(config.styleUrl).toBe(online || env.VITE_BASEMAP_STYLE);
        const stranger = style && !style.valid && /^https?:\/\//.test(style.value);
        expect(config.refusedStyleUrl).toBe(stranger ? new URL(style.value).href : undefined);
        if (config.refusedStyleUrl) counts.refused++;

        const autoplay = first('autoplay');
        expect(config.autoplaySeconds).toBe(
          autoplay?.valid ? Math.max(Number(autoplay.value), MIN_AUTOPLAY_SECONDS) : undefined,
        );
        expect(config.present).toBe(Boolean(first('present')) || Boolean(autoplay?.valid));
      }),
      { seed: FUZZ_SEED, numRuns: RUNS },
    );
  });
});
