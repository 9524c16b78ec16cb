import type { Command } from '../state/app-state.svelte.ts';

type Action = Exclude<Command, 'advance' | 'toggle-panel'>;

const KEYS: Record<string, Action> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  Enter: 'next',
  n: 'next',
  N: 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Backspace: 'previous',
  p: 'previous',
  P: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  F5: 'present',
  Escape: 'exit',
  g: 'globe',
  G: 'globe',
  s: 'export',
  S: 'export',
};

/**
 * Keys that only act while presenting; outside, they keep their usual meaning (scroll, type…).
 * Esc is passed on either way: outside the show it closes an open popup.
 */
const SHOW_ONLY: ReadonlySet<Action> = new Set(['next', 'previous', 'first', 'last', 'blank']);

export function actionForKey(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
  presenting: boolean,
): Action | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  const action = KEYS[e.key];
  if (!action) return undefined;
  if (!presenting && SHOW_ONLY.has(action)) return undefined;
  return action;
}

/** A horizontal swipe of at least this many px turns the page, as on a tablet. */
export const SWIPE_MIN_PX = 50;

export function actionForSwipe(dx: number, dy: number): Action | undefined {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < Math.abs(dy) * 1.5) return undefined;
  return dx < 0 ? 'next' : 'previous';
}
