import type { Map as MaplibreMap } from 'maplibre-gl';
import type { ScreenText } from '../text/index.ts';

/**
 * "Save view as PNG", for slides: the map as drawn now with a caption over its bottom-left, built
 * in the page (nothing is uploaded) at the canvas's full device-pixel resolution. The layout is
 * a pure function of the caption, the image size and a text measurer, so it is unit-tested in
 * Node; only `captureView` and `saveBlob` touch the DOM.
 */
export interface ExportCaption {
  title: string;
  lines: string[];
  quote?: string;
  source?: string;
  /** "3 / 9" during a tour. */
  progress?: string;
}

/** What the image's caption says: the popup's or the tour caption's own text, first quote only. */
export function exportCaption(text: ScreenText): ExportCaption {
  const quote = text.quotes[0];
  const caption: ExportCaption = {
    title: text.title,
    lines: [
      [text.role, text.summary].filter(Boolean).join(' · '),
      text.distance ? `${text.distance.km} / ${text.distance.mi}` : '',
      text.lead ?? '',
    ].filter(Boolean),
  };
  if (quote) {
    caption.quote = quote.text;
    caption.source = quote.cite;
  }
  if (text.progress) caption.progress = text.progress.shown;
  return caption;
}

/** Width of `text` drawn in the CSS `font`, in pixels. */
export type Measure = (text: string, font: string) => number;

export interface CaptionText {
  text: string;
  font: string;
  color: string;
  /** Left edge, or right edge when `align` is 'right'; `y` is the top of the line. */
  x: number;
  y: number;
  align: 'left' | 'right';
}

export interface CaptionLayout {
  panel: { x: number; y: number; width: number; height: number; radius: number };
  texts: CaptionText[];
}

// The app's own UI font and colours (src/app.css), so the image reads like the page.
const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
const SERIF = "Georgia, 'Times New Roman', 'Noto Serif', serif";
const FG = '#1f1c18';
const MUTED = '#5a534a';
export const PANEL_COLOR = '#ffffff';

/** Sizes as fractions of the image height, so a 4K export looks like a 1080p one, only sharper. */
const SIZE = {
  title: 0.04,
  line: 0.026,
  quote: 0.025,
  small: 0.018,
  margin: 0.03,
  padding: 0.025,
  radius: 0.012,
  /** The panel is at most this wide (× height): about 40 % of a 16:9 slide. */
  panelWidth: 0.75,
} as const;
const LINE_HEIGHT = 1.25;
/** A long quote is cut here with an ellipsis: the caption must not hide the map. */
const MAX_QUOTE_LINES = 6;

/** Greedy word wrap; a word wider than `maxWidth` on its own is broken between characters. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let chars = Array.from(word);
      while (chars.length > 1 && measure(chars.join('')) > maxWidth) {
        let cut = chars.length - 1;
        while (cut > 1 && measure(chars.slice(0, cut).join('')) > maxWidth) cut--;
        lines.push(chars.slice(0, cut).join(''));
        chars = chars.slice(cut);
      }
      line = chars.join('');
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** At most `max` lines; if any were dropped, the last kept one ends in "…" and still fits. */
export function clampLines(
  lines: string[],
  max: number,
  maxWidth: number,
  measure: (s: string) => number,
): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1] ?? '';
  while (last && measure(`${last}…`) > maxWidth) last = last.slice(0, -1);
  kept[max - 1] = `${last.trimEnd()}…`;
  return kept;
}

/**
 * The quote between curly double quotes; quotes inside it become single curly ones, and
 * apostrophes curly too.
 */
export function typographicQuote(quote: string): string {
  const inner = quote
    .trim()
    .replace(/^["“]+|["”]+$/g, '')
    .replace(/"([^"]*)"/g, '‘$1’')
    .replace(/'/g, '’');
  return `“${inner}”`;
}

/** Where each piece of the caption goes on an image of `width` × `height` device pixels. */
export function layoutCaption(
  caption: ExportCaption,
  width: number,
  height: number,
  measure: Measure,
): CaptionLayout {
  const px = (f: number) => Math.round(f * height);
  const margin = px(SIZE.margin);
  const padding = px(SIZE.padding);
  const panelWidth = Math.min(width - 2 * margin, px(SIZE.panelWidth));
  const textWidth = panelWidth - 2 * padding;
  const fonts = {
    title: `bold ${px(SIZE.title)}px ${SANS}`,
    line: `${px(SIZE.line)}px ${SANS}`,
    quote: `italic ${px(SIZE.quote)}px ${SERIF}`,
    small: `${px(SIZE.small)}px ${SANS}`,
  };

  // Laid out from y = 0 at the panel's top, then moved down to sit on the bottom margin.
  const texts: CaptionText[] = [];
  let y = padding;
  const block = (lines: string[], font: string, size: number, color: string) => {
    if (!lines.length) return;
    if (texts.length) y += Math.round(size * 0.5);
    for (const text of lines) {
      texts.push({ text, font, color, x: padding, y, align: 'left' });
      y += Math.round(size * LINE_HEIGHT);
    }
  };
  const wrap = (text: string, font: string, w = textWidth) =>
    wrapText(text, w, (s) => measure(s, font));

  block(wrap(caption.title, fonts.title), fonts.title, px(SIZE.title), FG);
  block(
    caption.lines.flatMap((l) => wrap(l, fonts.line)),
    fonts.line,
    px(SIZE.line),
    FG,
  );
  if (caption.quote?.trim()) {
    const measureQuote = (s: string) => measure(s, fonts.quote);
    const lines = wrapText(typographicQuote(caption.quote), textWidth, measureQuote);
    block(
      clampLines(lines, MAX_QUOTE_LINES, textWidth, measureQuote),
      fonts.quote,
      px(SIZE.quote),
      FG,
    );
  }
  // The progress sits at the right end of the last line, beside the source when there is one.
  const progress = caption.progress?.trim();
  const progressWidth = progress ? measure(progress, fonts.small) + padding : 0;
  const source = caption.source?.trim();
  if (source || progress) {
    const lines = source ? wrap(source, fonts.small, textWidth - progressWidth) : [''];
    block(lines, fonts.small, px(SIZE.small), MUTED);
    if (progress) {
      const last = texts[texts.length - 1]!;
      texts.push({ ...last, text: progress, x: panelWidth - padding, align: 'right' });
    }
  }
  const panelHeight = y + padding;

  const top = height - margin - panelHeight;
  return {
    panel: { x: margin, y: top, width: panelWidth, height: panelHeight, radius: px(SIZE.radius) },
    texts: texts.filter((t) => t.text).map((t) => ({ ...t, x: margin + t.x, y: top + t.y })),
  };
}

function drawCaption(ctx: CanvasRenderingContext2D, layout: CaptionLayout): void {
  const { x, y, width, height, radius } = layout.panel;
  ctx.save();
  ctx.shadowColor = 'rgba(0, 0, 0, 0.25)';
  ctx.shadowBlur = radius * 1.5;
  ctx.shadowOffsetY = radius * 0.25;
  ctx.fillStyle = PANEL_COLOR;
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, radius);
  ctx.fill();
  ctx.restore();
  ctx.textBaseline = 'top';
  for (const t of layout.texts) {
    ctx.font = t.font;
    ctx.fillStyle = t.color;
    ctx.textAlign = t.align;
    ctx.fillText(t.text, t.x, t.y);
  }
}

/** The map as drawn now (routes, labels) with the caption composed over its bottom-left, at the canvas's full device-pixel resolution. */
export function captureView(map: MaplibreMap, caption: ExportCaption | null): Promise<Blob> {
  return new Promise((resolve, reject) => {
    // The WebGL canvas has no preserveDrawingBuffer, so its pixels are only readable within the
    // frame that drew them: copy it in a `render` handler, before the browser clears it.
    map.once('render', () => {
      try {
        const source = map.getCanvas();
        const out = document.createElement('canvas');
        out.width = source.width;
        out.height = source.height;
        const ctx = out.getContext('2d');
        if (!ctx) throw new Error('Cannot export the view: this browser has no 2D canvas.');
        // The flat map's water is its container's colour under a transparent canvas.
        ctx.fillStyle = getComputedStyle(map.getContainer()).backgroundColor;
        ctx.fillRect(0, 0, out.width, out.height);
        ctx.drawImage(source, 0, 0);
        if (caption) {
          const measure: Measure = (text, font) => {
            ctx.font = font;
            return ctx.measureText(text).width;
          };
          drawCaption(ctx, layoutCaption(caption, out.width, out.height, measure));
        }
        out.toBlob(
          (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
          'image/png',
        );
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    map.triggerRepaint();
  });
}

/** Saves the map as drawn now, with what the screen says (caption or popup) as its caption. */
export async function saveView(map: MaplibreMap, text: ScreenText | undefined): Promise<void> {
  saveBlob(await captureView(map, text ? exportCaption(text) : null));
}

/** `middle-corridor-20250408-143005.png`, in local time. */
export function exportFileName(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}`;
  const time = `${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
  return `middle-corridor-${day}-${time}.png`;
}

/**
 * Revoking the object URL in the same task as the click can cancel the download in some
 * browsers (FileSaver.js waits 40 s for that reason): let the download start first.
 */
const REVOKE_AFTER_MS = 30_000;

/** Saves a blob as a download named `middle-corridor-<YYYYMMDD-HHMMSS>.png` (or the given name). */
export function saveBlob(blob: Blob, name = exportFileName(new Date())): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
