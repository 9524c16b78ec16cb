import { describe, expect, test } from 'vitest';
import {
  clampLines,
  exportCaption,
  exportFileName,
  layoutCaption,
  typographicQuote,
  wrapText,
  type ExportCaption,
  type Measure,
} from './export.ts';

/** Monospaced stand-in for canvas measureText: every character is half the font size wide. */
const fontPx = (font: string) => Number(/(\d+)px/.exec(font)?.[1]);
const measure: Measure = (text, font) => Array.from(text).length * fontPx(font) * 0.5;
const tenPx = (s: string) => Array.from(s).length * 10;

describe('wrapText', () => {
  test('keeps a short text on one line', () => {
    expect(wrapText('Aktau to Alat', 500, tenPx)).toEqual(['Aktau to Alat']);
  });

  test('breaks between words, never past the width, and loses no word', () => {
    const text =
      'the Trans-Caspian International Transport Route, commonly referred to as the Middle Corridor';
    const lines = wrapText(text, 200, tenPx);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(tenPx(line)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });

  test('breaks a word wider than the line between characters', () => {
    const lines = wrapText('a Baku–Tbilisi–Kars–Erzurum b', 100, tenPx);
    expect(lines).toEqual(['a', 'Baku–Tbili', 'si–Kars–Er', 'zurum b']);
  });

  test('keeps explicit line breaks, collapses runs of spaces and drops empty text', () => {
    expect(wrapText('one  two\nthree', 500, tenPx)).toEqual(['one two', 'three']);
    expect(wrapText('   ', 500, tenPx)).toEqual([]);
    expect(wrapText('', 500, tenPx)).toEqual([]);
  });

  test('does not split a character made of two UTF-16 units', () => {
    expect(wrapText('𝔸𝔹ℂ', 20, tenPx)).toEqual(['𝔸𝔹', 'ℂ']);
  });
});

describe('clampLines', () => {
  test('leaves few enough lines alone', () => {
    expect(clampLines(['a', 'b'], 2, 100, tenPx)).toEqual(['a', 'b']);
  });

  test('cuts to the maximum and ends the last line with an ellipsis that fits', () => {
    const lines = clampLines(['first line', 'second one', 'third'], 2, 100, tenPx);
    expect(lines).toEqual(['first line', 'second on…']);
    expect(tenPx(lines[1]!)).toBeLessThanOrEqual(100);
  });
});

describe('typographicQuote', () => {
  test('puts curly quotes around, single ones inside, and curls apostrophes', () => {
    expect(typographicQuote('the "Middle Corridor." It\'s a route')).toBe(
      '“the ‘Middle Corridor.’ It’s a route”',
    );
  });

  test('does not double quotes the text already has', () => {
    expect(typographicQuote(' “Quoted already” ')).toBe('“Quoted already”');
    expect(typographicQuote('"Straight"')).toBe('“Straight”');
  });
});

describe('layoutCaption', () => {
  const caption: ExportCaption = Object.freeze({
    title: 'Aktau – Alat (Caspian ferry)',
    lines: Object.freeze(['Sea ferry · 470 km (292 mi)', 'Aktau → Alat']) as string[],
    quote:
      'Renowned for its reliability, stability, and safety, this route has emerged as the ' +
      'preferred choice for transcontinental freight transport in both directions.',
    source: 'AZERTAC / CGTN, 8 April 2025',
    progress: '3 / 9',
  });
  const texts = (layout: ReturnType<typeof layoutCaption>, font: RegExp) =>
    layout.texts.filter((t) => font.test(t.font));

  test('sizes scale with the image height: title 4 %, quote 2.5 %', () => {
    for (const height of [800, 1080, 2160]) {
      const layout = layoutCaption(caption, (height * 16) / 9, height, measure);
      expect(fontPx(texts(layout, /bold/)[0]!.font)).toBeCloseTo(height * 0.04, -0.1);
      expect(fontPx(texts(layout, /italic/)[0]!.font)).toBeCloseTo(height * 0.025, -0.1);
    }
  });

  test('sits in the bottom-left corner, with every text inside the panel', () => {
    const layout = layoutCaption(caption, 1280, 800, measure);
    const { panel } = layout;
    expect(panel.x).toBeGreaterThan(0);
    expect(panel.x).toBeLessThan(50);
    expect(800 - (panel.y + panel.height)).toBe(panel.x);
    expect(panel.width).toBeLessThan(1280 / 2);
    for (const t of layout.texts) {
      const w = measure(t.text, t.font);
      const left = t.align === 'left' ? t.x : t.x - w;
      expect(left).toBeGreaterThanOrEqual(panel.x);
      expect(left + w).toBeLessThanOrEqual(panel.x + panel.width);
      expect(t.y).toBeGreaterThanOrEqual(panel.y);
      expect(t.y + fontPx(t.font)).toBeLessThanOrEqual(panel.y + panel.height);
    }
  });

  test('orders title, lines, quote, then source with the progress at its right', () => {
    const layout = layoutCaption(caption, 1280, 800, measure);
    const order = layout.texts.map((t) => t.text);
    expect(order[0]).toBe(caption.title);
    expect(order.slice(1, 3)).toEqual(caption.lines);
    expect(order[3]!.startsWith('“Renowned')).toBe(true);
    expect(order.at(-1)).toBe('3 / 9');
    const source = layout.texts.find((t) => t.text === caption.source)!;
    const progress = layout.texts.at(-1)!;
    expect(progress.align).toBe('right');
    expect(progress.y).toBe(source.y);
    const ys = layout.texts.slice(0, -1).map((t) => t.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  test('a bare title makes a short panel with nothing else in it', () => {
    const layout = layoutCaption({ title: 'The Middle Corridor', lines: [] }, 1280, 800, measure);
    expect(layout.texts.map((t) => t.text)).toEqual(['The Middle Corridor']);
    expect(layout.panel.height).toBeLessThan(100);
  });

  test('a very long quote is cut with an ellipsis; a narrow image gets a narrower panel', () => {
    const long = { ...caption, quote: 'corridor '.repeat(200) };
    const layout = layoutCaption(long, 400, 800, measure);
    const quote = texts(layout, /italic/);
    expect(quote.length).toBe(6);
    expect(quote.at(-1)!.text.endsWith('…')).toBe(true);
    expect(layout.panel.x + layout.panel.width).toBeLessThanOrEqual(400 - layout.panel.x);
  });
});

test('the file name is middle-corridor-<YYYYMMDD-HHMMSS>.png in local time', () => {
  expect(exportFileName(new Date(2025, 3, 8, 9, 5, 7))).toBe('middle-corridor-20250408-090507.png');
});

describe('exportCaption', () => {
  const quote = { passageId: 'p', paragraph: 3, text: 'A quote.', cite: '¶3 · Source' };

  test('a popup: role and ends on one line, km / mi on the next, its first quote and cite', () => {
    const caption = exportCaption({
      kind: 'segment',
      id: 's',
      title: 'Aktau – Alat',
      role: 'Sea ferry',
      summary: 'Aktau → Alat',
      distance: { km: '470 km', mi: '292 mi' },
      facts: ['not in the image'],
      quotes: [quote, { ...quote, passageId: 'q', text: 'Second.' }],
    });
    expect(caption).toEqual({
      title: 'Aktau – Alat',
      lines: ['Sea ferry · Aktau → Alat', '470 km / 292 mi'],
      quote: 'A quote.',
      source: '¶3 · Source',
    });
  });

  test('a tour step: distances and lead, quote, and the step number', () => {
    const caption = exportCaption({
      kind: 'step',
      id: 'caspian',
      title: 'Across the Caspian',
      summary: 'Sea 508 km',
      lead: 'Ferries.',
      facts: [],
      quotes: [quote],
      progress: { shown: '4 / 9', spoken: 'Step 4 of 9' },
    });
    expect(caption.lines).toEqual(['Sea 508 km', 'Ferries.']);
    expect(caption.progress).toBe('4 / 9');
  });
});
