import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { loadCorpus } from './lib/corpus/load.ts';
import { loadPlans } from './lib/diff/plan.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

// The data is on its way already (index.html preloads it). Mounting once it is here lets the
// first frame show the comparison itself, not a loading shell laid out and then replaced.
const base = import.meta.env.BASE_URL;
const data = Promise.all([loadCorpus(`${base}corpus.json`), loadPlans(`${base}plans.json`)]);
// Not a top-level await: that would make the bundler split the app's shared code off the entry.
const start = () => {
  document.getElementById('boot')?.remove();
  return mount(App, { target, props: { data } });
};
data.then(start, start);
