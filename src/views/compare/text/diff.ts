/**
 * The comparison's text body. On the server (prerendering) DiffMarkup.svelte writes both
 * layouts; in the browser DiffLive.svelte hydrates that body without its text while the
 * comparison is the one served, so that hydration never runs through the text: the paragraphs and
 * their spans were most of one task of 170 to 320 ms on a phone (issue 26). What the served text
 * needs meanwhile is done on it by ComparisonBody.svelte: the current change marked, a fold's
 * button (it draws the body, the fold open), links followed (its window listener). The first other
 * body (another pair, an option, a fold opened) is drawn by the component, in place of the served.
 */
import DiffLive from './DiffLive.svelte';
import DiffMarkup from './DiffMarkup.svelte';

export default import.meta.env.SSR ? DiffMarkup : DiffLive;
