/**
 * A comparison paragraph's text: on the server (prerendering) the markup of SpansMarkup.svelte;
 * in the browser SpansLive.svelte, which keeps that markup when it hydrates and draws every later
 * text by script, the same markup made at a fraction of the cost (draw-spans.ts).
 */
import SpansLive from './SpansLive.svelte';
import SpansMarkup from './SpansMarkup.svelte';

export default import.meta.env.SSR ? SpansMarkup : SpansLive;
