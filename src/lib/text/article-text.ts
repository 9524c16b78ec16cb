import type { ArticleInfo, Corridor, Passage } from '../geo/index.ts';

// How the article is cited: its date, its source line, a quote with its cite, and the credit the
// side panel closes with. Apart from the popups' text (screen-text.ts), which the page's shell
// loads only when a popup or the caption needs it (writers.ts).

/** A verbatim passage of the article, with where it is and where it comes from. */
export interface Quote {
  passageId: string;
  /** ¶ number in geo/article.txt (the headline line is ¶1). */
  paragraph: number;
  text: string;
  /** "¶12 · AZERTAC / CGTN, 8 April 2025" */
  cite: string;
}

/** "8 April 2025" for "2025-04-08". */
export function longDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** "AZERTAC / CGTN, 8 April 2025": the outlet, the publisher's short name (before any "(…)") and the date. */
export function sourceLine(article: ArticleInfo): string {
  const publisher = article.publisher.replace(/\s*\(.*\)\s*$/, '');
  return `${article.source} / ${publisher}, ${longDate(article.date)}`;
}

/** The credit the side panel closes with. */
export function articleCredit(article: ArticleInfo): string {
  return (
    `Quotes from “${article.title}”, by ${article.author}, published by ${article.publisher} ` +
    `and presented by ${article.source}, ${article.place}, ${longDate(article.date)}.`
  );
}

export function quoteOf(corridor: Corridor, passage: Passage): Quote {
  return {
    passageId: passage.id,
    paragraph: passage.paragraph,
    text: passage.text,
    cite: `¶${passage.paragraph} · ${sourceLine(corridor.article)}`,
  };
}
