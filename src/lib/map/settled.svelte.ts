import { untrack } from 'svelte';

/**
 * `get()`'s value, following it one microtask late. svelte-maplibre-gl adds a layer with the
 * layout it had when created and drops a layout change made before its first effects have run
 * (a link that starts the tour does that); a layout derived from this value never loses one.
 * Call it while a component is created.
 */
export function settled<T>(get: () => T): { readonly value: T } {
  let value = $state.raw(untrack(get));
  $effect(() => {
    const next = get();
    queueMicrotask(() => (value = next));
  });
  return {
    get value() {
      return value;
    },
  };
}
