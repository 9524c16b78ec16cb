/**
 * The article's paragraphs: its non-empty lines, numbered from 1 (the headline line `POLITICS`
 * is ¶1). Index `n - 1` holds ¶n. Lines are kept exactly as written, so quotes can be checked
 * byte for byte.
 */
export function paragraphs(articleText: string): string[] {
  return articleText.split(/\r?\n/).filter((line) => line.trim() !== '');
}

/** Paragraph numbers (1-based) whose text contains `quote` verbatim. */
export function paragraphsContaining(articleText: string, quote: string): number[] {
  return paragraphs(articleText).flatMap((text, i) => (text.includes(quote) ? [i + 1] : []));
}

/** Straightens typographic quotes and collapses whitespace, to explain a near-miss quote. */
export function looseText(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
