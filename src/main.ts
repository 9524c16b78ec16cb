import { mount } from 'svelte';
import App from './App.svelte';
// MapLibre's stylesheet with the page's, before it: the page's rules for the map's controls
// (src/app.css) override MapLibre's by coming later, though MapLibre's code comes later.
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The shell mounts in a task of its own, after the modules' evaluation: two tasks shorter than
// one long one that blocks input. The title index.html paints before any script has run gives
// way to the app.
setTimeout(() => {
  target.replaceChildren();
  mount(App, { target });
});
