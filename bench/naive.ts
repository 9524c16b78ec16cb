// The naive page `npm run bench` holds the app to: MapLibre with its defaults, drawing Natural
// Earth 1:50m countries (world-atlas) and their borders from two plain GeoJSON files, with no
// tuning at all: MapLibre's worker fetches them and cuts them into tiles on every load.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { countries, borders } from 'virtual:naive-geojson';

maplibregl.setWorkerUrl(workerUrl);

/** The box `npm run bench` passes (`?bounds=w,s,e,n`): the part of the world the app opens on. */
function corridorBox(): [number, number, number, number] {
  const box = new URLSearchParams(location.search).get('bounds') ?? '26,30,122,50';
  const [w = 26, s = 30, e = 122, n = 50] = box.split(',').map(Number);
  return [w, s, e, n];
}

const absolute = (url: string) => new URL(url, location.href).href;

const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: absolute(countries) },
      borders: { type: 'geojson', data: absolute(borders) },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#c9dde9' } },
      { id: 'countries', type: 'fill', source: 'countries', paint: { 'fill-color': '#f5f2eb' } },
      { id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#a3988a' } },
    ],
  },
  bounds: corridorBox(),
});
Object.assign(window, { map });

map.on('click', (e) => {
  new maplibregl.Popup().setLngLat(e.lngLat).setText('naive').addTo(map);
});
