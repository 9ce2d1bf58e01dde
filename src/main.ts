import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { AppState } from './lib/state/app.svelte.ts';
import { browser } from './platform.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

// The corpus is on its way already (index.html preloads it). Mounting once it is here lets the
// first frame show the comparison itself, not a loading shell laid out and then replaced. The
// plans are only a head start: they may come later, or never, and the app does not wait.
const app = new AppState(browser);
const start = () => {
  document.getElementById('boot')?.remove();
  mount(App, { target, props: { app } });
};
// Not a top-level await: that would make the bundler split the app's shared code off the entry.
app.start().then(start, start);
