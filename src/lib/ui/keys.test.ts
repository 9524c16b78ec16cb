import { describe, expect, test } from 'vitest';
import { actionForKey, actionForSwipe } from './keys.ts';

const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('clicker keys while presenting', () => {
  test.each([
    ['PageDown', 'next'],
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['n', 'next'],
    ['N', 'next'],
    ['PageUp', 'previous'],
    ['ArrowLeft', 'previous'],
    ['ArrowUp', 'previous'],
    ['Backspace', 'previous'],
    ['p', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['b', 'blank'],
    ['.', 'blank'],
    ['Escape', 'exit'],
    ['F5', 'present'],
    ['g', 'globe'],
    ['s', 'export'],
  ])('%j → %s', (k, action) => {
    expect(actionForKey(key(k), true)).toBe(action);
  });

  test('ignores keys with modifiers, so browser shortcuts still work', () => {
    expect(actionForKey(key('n', { ctrlKey: true }), true)).toBeUndefined();
    expect(actionForKey(key('s', { metaKey: true }), true)).toBeUndefined();
    expect(actionForKey(key('ArrowLeft', { altKey: true }), true)).toBeUndefined();
  });
});

describe('outside the presentation', () => {
  test('arrows, Space, Enter and B keep their usual meaning', () => {
    for (const k of ['ArrowRight', ' ', 'Enter', 'PageDown', 'Home', 'b']) {
      expect(actionForKey(key(k), false)).toBeUndefined();
    }
  });
  test('Esc is passed on: it closes a popup', () => {
    expect(actionForKey(key('Escape'), false)).toBe('exit');
  });
  test('F5 starts the show, G switches the globe, S saves the view', () => {
    expect(actionForKey(key('F5'), false)).toBe('present');
    expect(actionForKey(key('G'), false)).toBe('globe');
    expect(actionForKey(key('S'), false)).toBe('export');
  });
});

test('a horizontal swipe turns the page; a short or vertical one does not', () => {
  expect(actionForSwipe(-120, 10)).toBe('next');
  expect(actionForSwipe(120, -5)).toBe('previous');
  expect(actionForSwipe(-30, 0)).toBeUndefined();
  expect(actionForSwipe(-80, 90)).toBeUndefined();
});
