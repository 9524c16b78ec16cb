import { describe, expect, test, vi } from 'vitest';
import { GEO_DIR, deepFreeze, readGeoDir } from '../../../scripts/geo-files.ts';
import { parseCorridor, parseTour, TOUR_FILE } from '../geo/index.ts';
import { formatHash } from './hash.ts';
import { sourceLine } from '../text/index.ts';
import { writers } from '../text/writers.ts';
import { AppState, type AppOptions } from './app-state.svelte.ts';

const sources = readGeoDir(GEO_DIR);
const corridor = deepFreeze(parseCorridor(sources));
const tour = parseTour(sources[TOUR_FILE]!, corridor);
const segment = corridor.segments[0]!;
const last = tour.length - 1;

function app(options: Partial<AppOptions> = {}) {
  const effects = { exportView: vi.fn(), fullscreen: vi.fn(), linkIgnored: vi.fn() };
  return {
    state: new AppState(corridor, tour, { panelOpen: true, effects, text: writers, ...options }),
    effects,
  };
}

describe('the tour through dispatch', () => {
  test('next and previous stop at the ends; Home and End jump', () => {
    const { state } = app();
    state.dispatch('previous');
    expect(state.stepIndex).toBe(0);
    state.dispatch('next');
    state.dispatch('next');
    expect(state.stepIndex).toBe(Math.min(2, last));
    state.dispatch('last');
    state.dispatch('next');
    expect(state.stepIndex).toBe(last);
    state.dispatch('first');
    expect(state.stepIndex).toBe(0);
  });

  test('B blanks and unblanks; moving on unblanks', () => {
    const { state } = app();
    state.dispatch('blank');
    expect(state.blank).toBe(true);
    state.dispatch('blank');
    expect(state.blank).toBe(false);
    state.dispatch('blank');
    state.dispatch('next');
    expect(state.blank).toBe(false);
  });

  test('the kiosk timer loops forever', () => {
    const { state } = app();
    for (let i = 0; i < tour.length + 1; i++) state.dispatch('advance');
    expect(state.stepIndex).toBe(1 % tour.length);
  });

  test('present clears the popup, goes fullscreen and shows the step caption; exit ends it all', () => {
    const { state, effects } = app();
    state.dispatch({ type: 'choose', ref: { kind: 'segment', id: segment.id } });
    state.dispatch('present');
    expect(state.selection).toBeNull();
    expect(effects.fullscreen).toHaveBeenLastCalledWith(true);
    expect(state.captionText?.title).toBe(tour[0]!.title);
    expect(state.captionText?.quotes[0]?.cite).toContain(sourceLine(corridor.article));
    state.dispatch('blank');
    state.dispatch('exit');
    expect(state.presenting).toBe(false);
    expect(state.blank).toBe(false);
    expect(state.captionText).toBeUndefined();
    expect(effects.fullscreen).toHaveBeenLastCalledWith(false);
  });

  test('the globe follows each step until G overrides it', () => {
    const { state } = app();
    state.dispatch('present');
    for (const [i, step] of tour.entries()) {
      state.dispatch({ type: 'link', hash: `#step=${step.id}` });
      expect(state.stepIndex).toBe(i);
      expect(state.globe).toBe(step.view === 'globe');
    }
    const now = state.globe;
    state.dispatch('globe');
    expect(state.globe).toBe(!now);
    state.dispatch('first');
    expect(state.globe).toBe(!now);
  });
});

describe('selection and links', () => {
  test('Esc outside the show closes the popup, and is left to the browser when none is open', () => {
    const { state } = app();
    state.dispatch({
      type: 'select',
      selection: { kind: 'segment', id: segment.id, lngLat: [50, 40] },
    });
    expect(state.popupText?.title).toBe(segment.name);
    expect(state.dispatch('exit')).toBe(true);
    expect(state.selection).toBeNull();
    expect(state.dispatch('exit')).toBe(false);
  });

  test('the popup has its text once the page has loaded what writes it, and not before', () => {
    const { state } = app({ text: undefined });
    state.dispatch({ type: 'choose', ref: { kind: 'segment', id: segment.id } });
    expect(state.selection?.id).toBe(segment.id);
    expect(state.popupText).toBeUndefined();
    state.text = writers;
    expect(state.popupText?.title).toBe(segment.name);
  });

  test('a list row selects the feature at its anchor and asks the camera to frame it', () => {
    const { state } = app({ reducedMotion: true });
    state.dispatch({ type: 'choose', ref: { kind: 'segment', id: segment.id } });
    expect(state.selection).toMatchObject({ kind: 'segment', id: segment.id });
    expect(state.camera).toEqual({ frame: [{ kind: 'segment', id: segment.id }], animate: false });
  });

  test('the address is written with formatHash and read back with parseHash', () => {
    const { state } = app();
    const view = { zoom: 4.5, center: [50.1, 41.5] as [number, number] };
    state.dispatch({ type: 'choose', ref: { kind: 'segment', id: segment.id } });
    const hash = state.hash(view);
    expect(hash).toBe(formatHash({ pick: { kind: 'segment', id: segment.id }, view }));
    const { state: reopened } = app();
    reopened.dispatch({ type: 'link', hash, restore: true });
    expect(reopened.selection?.id).toBe(segment.id);
    expect(reopened.camera).toEqual({ jump: view });
    state.dispatch({ type: 'link', hash: `#step=${tour[last]!.id}`, restore: true });
    expect(state.hash(view)).toBe(formatHash({ step: tour[last]!.id }));
  });

  test('a link to nothing restores the home view; ?present starts the show at the first step', () => {
    const { state, effects } = app();
    state.dispatch({ type: 'link', hash: '#segment=nowhere', restore: true });
    expect(state.camera).toEqual({ frame: 'all', animate: false });
    expect(effects.linkIgnored).toHaveBeenCalledExactlyOnceWith(['segment=nowhere']);
    state.dispatch({ type: 'link', hash: `#segment=${segment.id}` });
    expect(effects.linkIgnored).toHaveBeenCalledTimes(1);
    const { state: show } = app({ present: true });
    show.dispatch({ type: 'link', hash: '', restore: true });
    expect(show.presenting).toBe(true);
    expect(show.stepIndex).toBe(0);
  });

  test('S asks the shell to export; the panel toggles', () => {
    const { state, effects } = app();
    state.dispatch('export');
    expect(effects.exportView).toHaveBeenCalledOnce();
    state.dispatch('toggle-panel');
    expect(state.panelOpen).toBe(false);
  });
});

describe('the reader through dispatch', () => {
  const paragraphs = Math.max(...[...corridor.passages.values()].map((p) => p.paragraph));

  test('a #p link opens the reader at that paragraph, and the hash keeps it', () => {
    const { state } = app({ paragraphs });
    state.dispatch({ type: 'link', hash: `#p=${paragraphs}`, restore: true });
    expect(state.readerOpen).toBe(true);
    expect(state.reading).toEqual({ paragraph: paragraphs });
    expect(state.hash(undefined)).toBe(`#p=${paragraphs}`);
    state.dispatch('toggle-reader');
    expect(state.hash(undefined)).toBe('');
  });

  test('read in context opens the reader at the quote, passage highlighted; Esc closes it', () => {
    const { state } = app({ paragraphs });
    const passage = [...corridor.passages.values()][0]!;
    state.dispatch({ type: 'read', paragraph: passage.paragraph, passage: passage.id });
    expect(state.readerOpen).toBe(true);
    expect(state.reading).toEqual({ paragraph: passage.paragraph, passage: passage.id });
    expect(state.dispatch('exit')).toBe(true);
    expect(state.readerOpen).toBe(false);
    expect(state.dispatch('exit')).toBe(false);
  });

  test('a passage frames every line that quotes it and opens a popup that quotes it', () => {
    const { state } = app({ paragraphs });
    for (const passage of corridor.passages.values()) {
      state.dispatch({ type: 'passage', id: passage.id });
      const quoting = [...corridor.segments, ...corridor.flights].filter((l) =>
        l.passages.includes(passage.id),
      );
      expect(state.camera).toMatchObject({ frame: quoting.map((l) => ({ id: l.id })) });
      expect(state.popupText?.quotes.map((q) => q.passageId)).toContain(passage.id);
    }
  });

  test('a place opens its feature, or frames its area', () => {
    const { state } = app({ paragraphs });
    for (const place of corridor.placeLinks) {
      expect(state.dispatch({ type: 'place', id: place.id })).toBe(true);
      if ('kind' in place.target) expect(state.selection).toMatchObject(place.target);
      else expect(state.camera).toMatchObject({ bounds: place.target.bounds });
    }
  });

  test('the side panel makes way for the reader where there is no room for both', () => {
    const { state } = app({ roomForBoth: () => false });
    state.dispatch('toggle-reader');
    expect([state.readerOpen, state.panelOpen]).toEqual([true, false]);
    const wide = app({ roomForBoth: () => true }).state;
    wide.dispatch({ type: 'read', paragraph: 1 });
    expect([wide.readerOpen, wide.panelOpen]).toEqual([true, true]);
  });

  test('what has the pointer or focus in the reader is lit on the map', () => {
    const { state } = app();
    state.dispatch({ type: 'preview', refs: [{ kind: 'segment', id: segment.id }] });
    expect(state.preview).toEqual([{ kind: 'segment', id: segment.id }]);
  });
});

describe('the comparison through dispatch', () => {
  const comparisonStep = tour.findIndex((s) => s.panel === 'comparison');

  test('the switches show and hide each layer, starting hidden', () => {
    const { state } = app();
    expect(state.comparisonLayers).toEqual({ northern: false, sea: false, stops: false });
    state.dispatch({ type: 'show-comparison', layer: 'sea', on: true });
    expect(state.comparisonLayers).toEqual({ northern: false, sea: true, stops: false });
    state.dispatch({ type: 'show-comparison', layer: 'northern', on: true });
    state.dispatch({ type: 'show-comparison', layer: 'sea', on: false });
    expect(state.comparisonLayers).toEqual({ northern: true, sea: false, stops: false });
  });

  test('a stop and a selection never show at once; Esc and hiding the stops close its popup', () => {
    const { state } = app();
    state.dispatch({ type: 'choose', ref: { kind: 'segment', id: segment.id } });
    state.dispatch({ type: 'pick-stop', id: 'akhalkalaki', lngLat: [43.5, 41.4] });
    expect(state.selection).toBeNull();
    expect(state.stop?.id).toBe('akhalkalaki');
    state.dispatch({ type: 'select', selection: null });
    expect(state.stop).toBeNull();
    state.dispatch({ type: 'pick-stop', id: 'akhalkalaki', lngLat: [43.5, 41.4] });
    expect(state.dispatch('exit')).toBe(true);
    expect(state.stop).toBeNull();
    state.dispatch({ type: 'pick-stop', id: 'akhalkalaki', lngLat: [43.5, 41.4] });
    state.dispatch({ type: 'show-comparison', layer: 'stops', on: false });
    expect(state.stop).toBeNull();
  });

  test('the comparison step of the tour draws every comparison layer, whatever the switches say', () => {
    expect(comparisonStep).toBeGreaterThanOrEqual(0);
    const { state } = app();
    state.dispatch({ type: 'link', hash: `#step=${tour[comparisonStep]!.id}`, restore: true });
    expect(state.comparisonLayers).toEqual({ northern: true, sea: true, stops: true });
    state.dispatch('next');
    expect(state.comparisonLayers).toEqual(state.comparisonShown);
  });
});
