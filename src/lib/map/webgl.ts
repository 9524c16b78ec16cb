/**
 * True when this browser can draw the map at all. Apart from MapLibre, so that the page can tell
 * before loading it whether to load it.
 */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
