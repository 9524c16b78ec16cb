import {
  anchorOf,
  featuresQuoting,
  get,
  type Bounds,
  type Corridor,
  type FeatureRef,
  type LngLat,
  type TourStep,
  type View,
} from '../geo/index.ts';
import type { ChoiceText, ScreenText } from '../text/index.ts';
import type { Writers } from '../text/writers.ts';
import { formatHash, parseHash } from './hash.ts';

/** The one feature picked on the map, in the list or by a link, and where its popup points. */
export interface Selection extends FeatureRef {
  /** The clicked position, or the feature's own anchor when it was chosen from a list or link. */
  lngLat: LngLat;
  /** The passage of the reader it was opened from: its popup quotes that one first. */
  passage?: string;
}

/** A click on a knot of lines: the lines to choose from, nearest first, and where it was. */
export interface Choices {
  refs: readonly FeatureRef[];
  lngLat: LngLat;
}

/**
 * What keys, clicker, swipes and buttons ask for. Clickers send PageDown/PageUp, arrows, Space,
 * Enter, B or "." (blank) and F5/Esc (start and stop the show), as slide software does.
 */
export type Command =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'blank'
  | 'present'
  | 'exit'
  | 'globe'
  | 'export'
  /** The kiosk timer: the next step, and after the last one the first again. */
  | 'advance'
  | 'toggle-panel'
  | 'toggle-reader';

/** The comparison's context layers, switched from the panel: Northern rail, sea, stops. */
export const COMPARISON_LAYERS = ['northern', 'sea', 'stops'] as const;
export type ComparisonLayer = (typeof COMPARISON_LAYERS)[number];

export type Action =
  | Command
  /** A switch of the comparison panel. */
  | { type: 'show-comparison'; layer: ComparisonLayer; on: boolean }
  /** A click on a stop of the comparison (a break of gauge, a port, a border): its popup. */
  | { type: 'pick-stop'; id: string; lngLat: LngLat }
  /** A click on the map: the popup opens where it was clicked; `null` closes it. */
  | { type: 'select'; selection: Selection | null }
  /** A click among lines: none closes, one opens its popup, more open a chooser among them. */
  | { type: 'pick'; refs: readonly FeatureRef[]; lngLat: LngLat }
  /** A row of the list: select the feature and frame it. */
  | { type: 'choose'; ref: FeatureRef }
  /** An address hash: read once per map at start (`restore`), and on every `hashchange`. */
  | { type: 'link'; hash: string; restore?: boolean }
  /** The reader, open at a paragraph, with a passage highlighted ("read in context"). */
  | { type: 'read'; paragraph: number; passage?: string }
  /** A passage, place or leg under the pointer or in focus: its features lit on the map. */
  | { type: 'preview'; refs: readonly FeatureRef[] }
  /** A passage of the reader activated: frame what quotes it and open its popup. */
  | { type: 'passage'; id: string }
  /** A place name of the reader activated: its feature's popup, or its area framed. */
  | { type: 'place'; id: string };

/** What the camera should do next; the map shell carries it out. */
export type CameraRequest =
  | { frame: readonly FeatureRef[]; animate: boolean }
  | { frame: 'all'; animate: boolean }
  | { jump: View }
  | { bounds: Bounds; animate: boolean };

/** What the state cannot do itself: it has no map and no document. */
export interface Effects {
  exportView(): void;
  fullscreen(on: boolean): void;
  /** A link named something that is not here (`segment=tbilisi-kars`): the rest was followed. */
  linkIgnored?(parts: string[]): void;
}

export interface AppOptions {
  /** The side panel starts open on wide screens. */
  panelOpen: boolean;
  /** Start the show whatever the link says (`?present`). */
  present?: boolean;
  /** prefers-reduced-motion: the camera jumps instead of flying. */
  reducedMotion?: boolean;
  effects?: Effects;
  /** Whether the screen holds the side panel and the reader side by side with room for the map. */
  roomForBoth?: () => boolean;
  /** The article's paragraph count: `#p=N` beyond it is ignored. */
  paragraphs?: number;
  /** What writes the popups' and the caption's text, when it is at hand from the start. */
  text?: Writers;
}

/**
 * The whole state of the page: the selection, the tour step, the show's flags, the globe switch
 * and the panel. Only `dispatch` changes it, so every key, click, swipe, link and timer goes
 * through the same few rules; the address is read and written only through parseHash/formatHash.
 */
export class AppState {
  selection = $state.raw<Selection | null>(null);
  stepIndex = $state(0);
  presenting = $state(false);
  blank = $state(false);
  /** G flips this; `null` follows each step's own choice of globe or flat map. */
  globeChoice = $state<boolean | null>(null);
  panelOpen = $state(false);
  camera = $state.raw<CameraRequest | null>(null);
  // The reader and the route as text.
  readerOpen = $state(false);
  /** The ¶ the reader shows, and the passage it highlights. */
  reading = $state.raw<{ paragraph: number; passage?: string } | null>(null);
  /** Features lit on the map while a passage, place or leg has the pointer or the focus. */
  preview = $state.raw<readonly FeatureRef[]>([]);
  /** The comparison layers switched on in the panel. */
  comparisonShown = $state.raw<Readonly<Record<ComparisonLayer, boolean>>>({
    northern: false,
    sea: false,
    stops: false,
  });
  /** The stop whose popup is open; a selection and a stop never show at once. */
  stop = $state.raw<{ id: string; lngLat: LngLat } | null>(null);
  /** The chooser a click on a knot of lines opens; `null` when none is open. */
  choices = $state.raw<Choices | null>(null);
  /**
   * What writes the text of popups, of the chooser and of the caption: the page loads it apart
   * from its shell and sets it here once loaded; until then there is no such text.
   */
  text = $state.raw<Writers | undefined>();

  readonly step: TourStep | undefined;
  /** Whether the map is a globe now: the presenter's switch, else the step's own view. */
  readonly globe: boolean;
  /** The open popup's text. */
  readonly popupText: ScreenText | undefined;
  /** The tour caption's text, while presenting. */
  readonly captionText: ScreenText | undefined;
  /** The comparison layers drawn now: those switched on, and all of them on a comparison step. */
  readonly comparisonLayers: Readonly<Record<ComparisonLayer, boolean>>;
  /** The open chooser's text. */
  readonly choiceText: ChoiceText | undefined;

  private readonly options: AppOptions;

  constructor(
    readonly corridor: Corridor,
    readonly tour: readonly TourStep[],
    options: AppOptions,
  ) {
    this.options = options;
    this.panelOpen = options.panelOpen;
    // Known before the map is made, so its first style is already the show's palette.
    this.presenting = options.present ?? false;
    this.step = $derived(tour[this.stepIndex]);
    this.globe = $derived(this.globeChoice ?? (this.presenting && this.step?.view === 'globe'));
    this.text = options.text;
    this.popupText = $derived(
      this.selection && this.text
        ? this.text.featureText(corridor, this.selection, this.selection.passage)
        : undefined,
    );
    this.comparisonLayers = $derived(
      this.presenting && this.step?.panel === 'comparison'
        ? { northern: true, sea: true, stops: true }
        : this.comparisonShown,
    );
    this.choiceText = $derived(
      this.choices && this.text ? this.text.choiceText(corridor, this.choices.refs) : undefined,
    );
    this.captionText = $derived(
      this.presenting && this.step && this.text
        ? this.text.stepText(corridor, this.step, this.stepIndex, tour.length)
        : undefined,
    );
  }

  /** Applies one action; false when it means nothing now (the key is left to the browser). */
  dispatch(action: Action): boolean {
    if (typeof action !== 'string') return this.apply(action);
    switch (action) {
      case 'next':
      case 'previous':
      case 'first':
      case 'last': {
        const to = { next: this.stepIndex + 1, previous: this.stepIndex - 1, first: 0 };
        this.goTo(action === 'last' ? this.tour.length - 1 : to[action]);
        return true;
      }
      case 'advance':
        this.goTo((this.stepIndex + 1) % this.tour.length);
        return true;
      case 'blank':
        this.blank = !this.blank;
        return true;
      case 'present':
        this.selection = null;
        this.stop = null;
        this.choices = null;
        this.presenting = true;
        this.options.effects?.fullscreen(true);
        return true;
      case 'exit':
        if (!this.presenting) {
          // Esc outside the show closes the popup or the chooser, if one is open, else the reader.
          if (!this.selection && !this.stop && !this.choices && this.readerOpen) {
            this.readerOpen = false;
            return true;
          }
          if (!this.selection && !this.stop && !this.choices) return false;
          this.selection = null;
          this.stop = null;
          this.choices = null;
          return true;
        }
        this.presenting = false;
        this.blank = false;
        this.options.effects?.fullscreen(false);
        return true;
      case 'globe':
        this.globeChoice = !this.globe;
        return true;
      case 'export':
        this.options.effects?.exportView();
        return true;
      case 'toggle-panel':
        this.panelOpen = !this.panelOpen;
        return true;
      case 'toggle-reader':
        if (this.readerOpen) this.readerOpen = false;
        else this.openReader();
        return true;
    }
  }

  /** The address hash for what is on screen, `view` being where the camera is now. */
  hash(view: View | undefined): string {
    if (this.presenting) return formatHash({ step: this.step?.id });
    const s = this.selection;
    const paragraph = this.readerOpen ? this.reading?.paragraph : undefined;
    return formatHash({ pick: s ? { kind: s.kind, id: s.id } : undefined, paragraph, view });
  }

  private apply(action: Exclude<Action, Command>): boolean {
    switch (action.type) {
      case 'select':
        this.selection = action.selection;
        this.stop = null;
        this.choices = null;
        return true;
      case 'show-comparison':
        this.comparisonShown = { ...this.comparisonShown, [action.layer]: action.on };
        if (action.layer === 'stops' && !action.on) this.stop = null;
        return true;
      case 'pick-stop':
        this.selection = null;
        this.choices = null;
        this.stop = { id: action.id, lngLat: action.lngLat };
        return true;
      case 'pick': {
        this.stop = null;
        const [first, ...more] = action.refs;
        this.selection = first && !more.length ? { ...first, lngLat: action.lngLat } : null;
        this.choices = more.length ? { refs: action.refs, lngLat: action.lngLat } : null;
        return true;
      }
      case 'choose':
        return this.choose(action.ref, !this.options.reducedMotion);
      case 'link':
        return this.follow(action.hash, action.restore ?? false);
      case 'read':
        this.openReader();
        this.reading = { paragraph: action.paragraph, passage: action.passage };
        return true;
      case 'preview':
        this.preview = action.refs;
        return true;
      case 'passage':
        return this.showPassage(action.id);
      case 'place':
        return this.showPlace(action.id);
    }
  }

  /** A step by number, clamped to the tour; any move un-blanks the screen. */
  private goTo(index: number): void {
    this.stepIndex = Math.min(Math.max(0, index), this.tour.length - 1);
    this.blank = false;
  }

  private choose(ref: FeatureRef, animate: boolean): boolean {
    const lngLat = anchorOf(this.corridor, ref);
    if (!lngLat) return false;
    this.stop = null;
    this.selection = { kind: ref.kind, id: ref.id, lngLat };
    this.choices = null;
    this.camera = { frame: [{ kind: ref.kind, id: ref.id }], animate };
    return true;
  }

  /** Opens the reader; where the screen has no room for both, the side panel makes way. */
  private openReader(): void {
    this.readerOpen = true;
    if (this.options.roomForBoth?.() === false) this.panelOpen = false;
  }

  private showPassage(id: string): boolean {
    const { refs, primary } = featuresQuoting(this.corridor, id);
    const lngLat = primary && anchorOf(this.corridor, primary);
    if (!primary || !lngLat) return false;
    this.selection = { ...primary, lngLat, passage: id };
    this.camera = { frame: refs, animate: !this.options.reducedMotion };
    return true;
  }

  private showPlace(id: string): boolean {
    const place = this.corridor.placeLinks.find((p) => p.id === id);
    if (!place) return false;
    if ('kind' in place.target) return this.choose(place.target, !this.options.reducedMotion);
    this.selection = null;
    this.camera = { bounds: place.target.bounds, animate: !this.options.reducedMotion };
    return true;
  }

  /** Follows a link; a malformed or unknown one is ignored. */
  private follow(hash: string, restore: boolean): boolean {
    const link = parseHash(hash, {
      pick: (kind, id) => get(this.corridor, kind, id) !== undefined,
      step: (id) => this.tour.some((s) => s.id === id),
      paragraph: (n) => n <= (this.options.paragraphs ?? 0),
    });
    if (link.ignored) this.options.effects?.linkIgnored?.(link.ignored);
    if (link.paragraph) {
      this.openReader();
      this.reading = { paragraph: link.paragraph };
    }
    const stepIndex = this.tour.findIndex((s) => s.id === link.step);
    if (restore && (link.step || this.options.present)) {
      this.goTo(Math.max(0, stepIndex));
      this.presenting = true;
      return true;
    }
    if (link.step) {
      this.goTo(stepIndex);
      return true;
    }
    if (restore) {
      if (link.pick) this.choose(link.pick, false);
      if (link.view) this.camera = { jump: link.view };
      if (!link.pick && !link.view) this.camera = { frame: 'all', animate: false };
      return true;
    }
    if (link.pick) return this.choose(link.pick, !this.options.reducedMotion);
    if (!link.view) return link.paragraph !== undefined;
    this.camera = { jump: link.view };
    return true;
  }
}
