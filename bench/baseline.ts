// The floor `npm run bench` compares the app against: MapLibre with its worker and CSS loaded
// the same way as the app (src/lib/map/maplibre.ts), drawing a one-layer background-only style.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);

/** The box `npm run bench` passes (`?bounds=w,s,e,n`): the part of the world the app opens on. */
function corridorBox(): [number, number, number, number] {
  const box = new URLSearchParams(location.search).get('bounds') ?? '26,30,122,50';
  const [w = 26, s = 30, e = 122, n = 50] = box.split(',').map(Number);
  return [w, s, e, n];
}

const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dbe7ef' } }],
  },
  bounds: corridorBox(),
  attributionControl: false,
});
Object.assign(window, { map });

// What a click costs with nothing in between: MapLibre's own popup, opened at the click.
map.on('click', (e) => {
  new maplibregl.Popup().setLngLat(e.lngLat).setText('baseline').addTo(map);
});
