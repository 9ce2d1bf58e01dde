/**
 * The collation table's body. On the server (prerendering) BodyMarkup.svelte writes every row; in
 * the browser BodyLive.svelte hydrates that body without its rows while the table is the one
 * served, so that hydration never runs through the text: the rows and their cells were 0.6 to 1 s
 * of one task on a phone (issue 26). The first other table (settings, a search, a fold opened) is
 * drawn by the component, in place of the served body. The rows hold links and text only: links
 * are followed by the page's one listener (src/app/dom.ts followLinks), served or drawn.
 */
import BodyLive from './BodyLive.svelte';
import BodyMarkup from './BodyMarkup.svelte';

export default import.meta.env.SSR ? BodyMarkup : BodyLive;
