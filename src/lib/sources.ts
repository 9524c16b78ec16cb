// Every content file of geo/ as text, so a new one needs no code change here, for the parts
// that read files the build does not prepare: the reader (the article) and the comparison. The
// README stays out of the bundle.
const files = import.meta.glob<string>('/geo/*.{json,geojson,txt}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const sources: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
);
