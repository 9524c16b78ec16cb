// The floor `npm run bench` compares the app against: MapLibre with its worker and CSS loaded
// the same way as the app (src/lib/map/maplibre.ts), drawing a one-layer background-only style.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);

const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dbe7ef' } }],
  },
  center: [55, 42],
  zoom: 3,
  attributionControl: false,
});
Object.assign(window, { map });

// What a click costs with nothing in between: MapLibre's own popup, opened at the click.
map.on('click', (e) => {
  new maplibregl.Popup().setLngLat(e.lngLat).setText('baseline').addTo(map);
});
