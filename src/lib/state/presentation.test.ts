import { expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { Presentation } from './presentation.svelte.ts';

test('next and previous stop at the ends; Home and End jump', () => {
  const p = new Presentation(4);
  p.apply('previous');
  expect(p.index).toBe(0);
  p.apply('next');
  p.apply('next');
  expect(p.index).toBe(2);
  p.apply('last');
  p.apply('next');
  expect(p.index).toBe(3);
  p.apply('first');
  expect(p.index).toBe(0);
});

test('B blanks and unblanks; moving on unblanks', () => {
  const p = new Presentation(3);
  p.apply('blank');
  expect(p.blank).toBe(true);
  p.apply('blank');
  expect(p.blank).toBe(false);
  p.apply('blank');
  p.apply('next');
  expect(p.blank).toBe(false);
});

test('autoplay loops forever', () => {
  const p = new Presentation(3);
  for (let i = 0; i < 7; i++) p.advanceLooping();
  flushSync();
  expect(p.index).toBe(1);
});

test('the globe follows each step until G overrides it', () => {
  const p = new Presentation(2);
  expect(p.globeFor('globe')).toBe(true);
  expect(p.globeFor('flat')).toBe(false);
  p.globe = false;
  expect(p.globeFor('globe')).toBe(false);
});

test('Esc leaves the show and clears the blank screen', () => {
  const p = new Presentation(2);
  p.apply('present');
  p.apply('blank');
  p.apply('exit');
  expect(p.active).toBe(false);
  expect(p.blank).toBe(false);
});
