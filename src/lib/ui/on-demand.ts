/**
 * A part of the page loaded when first asked for: a chunk of its own in the served build,
 * inlined in the single file. Every call shares one load; after a failure (the network gone,
 * say) the next call tries again.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/** What a failed load says to the reader: the part, and why, in the browser's words. */
export function loadFailure(what: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `${what} could not be loaded (${reason}). Check the connection, then try again.`;
}
