import {
  anchorOf,
  get,
  type Corridor,
  type FeatureRef,
  type LngLat,
  type TourStep,
  type View,
} from '../geo/index.ts';
import {
  choiceText,
  featureText,
  stepText,
  type ChoiceText,
  type ScreenText,
} from '../text/index.ts';
import { formatHash, parseHash } from './hash.ts';

/** The one feature picked on the map, in the list or by a link, and where its popup points. */
export interface Selection extends FeatureRef {
  /** The clicked position, or the feature's own anchor when it was chosen from a list or link. */
  lngLat: LngLat;
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
  | 'toggle-panel';

export type Action =
  | Command
  /** A click on the map: the popup opens where it was clicked; `null` closes it. */
  | { type: 'select'; selection: Selection | null }
  /** A click among lines: none closes, one opens its popup, more open a chooser among them. */
  | { type: 'pick'; refs: readonly FeatureRef[]; lngLat: LngLat }
  /** A row of the list: select the feature and frame it. */
  | { type: 'choose'; ref: FeatureRef }
  /** An address hash: read once per map at start (`restore`), and on every `hashchange`. */
  | { type: 'link'; hash: string; restore?: boolean };

/** What the camera should do next; the map shell carries it out. */
export type CameraRequest =
  | { frame: readonly FeatureRef[]; animate: boolean }
  | { frame: 'all'; animate: boolean }
  | { jump: View };

/** What the state cannot do itself: it has no map and no document. */
export interface Effects {
  exportView(): void;
  fullscreen(on: boolean): void;
}

export interface AppOptions {
  /** The side panel starts open on wide screens. */
  panelOpen: boolean;
  /** Start the show whatever the link says (`?present`). */
  present?: boolean;
  /** prefers-reduced-motion: the camera jumps instead of flying. */
  reducedMotion?: boolean;
  effects?: Effects;
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
  /** The chooser a click on a knot of lines opens; `null` when none is open. */
  choices = $state.raw<Choices | null>(null);

  readonly step: TourStep | undefined;
  /** Whether the map is a globe now: the presenter's switch, else the step's own view. */
  readonly globe: boolean;
  /** The open popup's text. */
  readonly popupText: ScreenText | undefined;
  /** The tour caption's text, while presenting. */
  readonly captionText: ScreenText | undefined;
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
    this.popupText = $derived(this.selection ? featureText(corridor, this.selection) : undefined);
    this.choiceText = $derived(this.choices ? choiceText(corridor, this.choices.refs) : undefined);
    this.captionText = $derived(
      this.presenting && this.step
        ? stepText(corridor, this.step, this.stepIndex, tour.length)
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
        this.choices = null;
        this.presenting = true;
        this.options.effects?.fullscreen(true);
        return true;
      case 'exit':
        if (!this.presenting) {
          // Esc outside the show closes the popup or the chooser, if one is open.
          if (!this.selection && !this.choices) return false;
          this.selection = null;
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
    }
  }

  /** The address hash for what is on screen, `view` being where the camera is now. */
  hash(view: View | undefined): string {
    if (this.presenting) return formatHash({ step: this.step?.id });
    const s = this.selection;
    return formatHash({ pick: s ? { kind: s.kind, id: s.id } : undefined, view });
  }

  private apply(action: Exclude<Action, Command>): boolean {
    switch (action.type) {
      case 'select':
        this.selection = action.selection;
        this.choices = null;
        return true;
      case 'pick': {
        const [first, ...more] = action.refs;
        this.selection = first && !more.length ? { ...first, lngLat: action.lngLat } : null;
        this.choices = more.length ? { refs: action.refs, lngLat: action.lngLat } : null;
        return true;
      }
      case 'choose':
        return this.choose(action.ref, !this.options.reducedMotion);
      case 'link':
        return this.follow(action.hash, action.restore ?? false);
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
    this.selection = { kind: ref.kind, id: ref.id, lngLat };
    this.choices = null;
    this.camera = { frame: [{ kind: ref.kind, id: ref.id }], animate };
    return true;
  }

  /** Follows a link; a malformed or unknown one is ignored. */
  private follow(hash: string, restore: boolean): boolean {
    const link = parseHash(hash, {
      pick: (kind, id) => get(this.corridor, kind, id) !== undefined,
      step: (id) => this.tour.some((s) => s.id === id),
    });
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
    if (!link.view) return false;
    this.camera = { jump: link.view };
    return true;
  }
}
