import { inset, insetsOf, largestFreeRect, offsetFrom, type Insets, type Rect } from './rects.ts';

/**
 * What covers the map: elements marked `data-covers-map` (the panel, the toolbar, the caption)
 * and MapLibre's own controls, except the bottom-left corner, where the scale bar is placed in
 * the free area instead.
 */
export const COVERS_MAP = [
  '[data-covers-map]',
  '.maplibregl-ctrl-top-left > .maplibregl-ctrl',
  '.maplibregl-ctrl-top-right > .maplibregl-ctrl',
  '.maplibregl-ctrl-bottom-right > .maplibregl-ctrl',
].join(', ');

const NONE: Rect = { left: 0, top: 0, right: 0, bottom: 0 };
const sameRect = (a: Rect, b: Rect) =>
  a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;

/**
 * The part of the screen the map has to itself: the window minus the side panel, the toolbar,
 * the controls and the presentation caption, computed here only. The camera frames inside it
 * (it is the map's padding), popups stay inside it, the scale bar sits in its corner.
 */
export class FreeArea {
  /** The free box in px from the map's top-left corner. */
  rect = $state.raw<Rect>(NONE);
  /** The same, shrunk by the margin: where popups may go. */
  room = $state.raw<Rect>(NONE);
  /** The map's padding: the distance from each edge of the map to the room. */
  insets = $state.raw<Insets>({ top: 0, right: 0, bottom: 0, left: 0 });

  private lastMargin = -1;

  constructor(private readonly margin: () => number) {}

  /** Measures the screen now, updates the state if it changed and returns the map's padding. */
  measure(root: HTMLElement): Insets {
    const box = root.getBoundingClientRect();
    const screen: Rect = { left: 0, top: 0, right: box.width, bottom: box.height };
    const obstacles = [...root.querySelectorAll(COVERS_MAP)].map((el) =>
      offsetFrom(el.getBoundingClientRect(), box),
    );
    const free = largestFreeRect(screen, obstacles);
    const margin = this.margin();
    if (!sameRect(free, this.rect) || margin !== this.lastMargin) {
      this.lastMargin = margin;
      this.rect = free;
      this.room = inset(free, margin);
      this.insets = insetsOf(screen, free, margin);
    }
    return this.insets;
  }

  /**
   * Measures again whenever something on screen changes size or comes and goes, once per
   * frame at most; returns the function that stops watching.
   */
  observe(root: HTMLElement): () => void {
    let frame = 0;
    const watched = new WeakSet<Element>();
    const resize = new ResizeObserver(() => schedule());
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        for (const el of root.querySelectorAll(COVERS_MAP))
          if (!watched.has(el)) {
            watched.add(el);
            resize.observe(el);
          }
        this.measure(root);
      });
    };
    const mutations = new MutationObserver(schedule);
    mutations.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'class'],
    });
    resize.observe(root);
    addEventListener('resize', schedule);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      mutations.disconnect();
      removeEventListener('resize', schedule);
    };
  }
}
