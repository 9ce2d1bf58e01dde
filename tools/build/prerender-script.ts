/**
 * The script every prerendered page runs first, in its head: it sends a reader on to the page
 * meant for them before this one paints.
 */
import { minifySync } from 'vite';
import type { Lang } from '../../src/lib/i18n/messages.ts';
import { earlyAddress } from '../../src/lib/state/early.ts';

/**
 * The first lines of every page, in its head, run before the rest of the page is parsed:
 * - An address of a kept collection's view or of own texts hides the page's markup (the bundled
 *   collection's) until the app runs.
 * - An address whose view has a page of its own but which reached another (an old link
 *   `/?a=1&b=2`, `?lang=en` on a Chinese page) goes there (lib/state/early.ts, whose text is
 *   inlined here; src/app/main.ts does the same where the page has no such script), before this page
 *   paints or fetches its script.
 * - On a Chinese page (no language in its path), a reader whose browser asks for no Chinese gets
 *   the interface in English (preferredLang in lib/i18n/translate.ts), which has pages of its
 *   own under en/: sent there before this page paints (an old link to its English page at
 *   once), rather than paint it in Chinese and redraw it all in English once the app runs (the
 *   page jumped). An address that names its language (?lang=) stays, and so does any path that
 *   is not a Chinese page's route: a host that answers an unknown path (en/9-9/) with the root's
 *   page must not send the reader round in circles (en/en/…); the app says what is wrong there.
 * The same text on every page of a language, so one hash each in the policy allows it. The
 * page's route is the `data-route` of its root element (prerender-html.ts fillTemplate).
 */
export function pageScript(base: string, speeches: number, lang: Lang): string {
  // The same for every page of a build: made (and minified) once.
  const key = `${base}\n${speeches}\n${lang}`;
  let code = scripts.get(key);
  if (code === undefined) scripts.set(key, (code = makePageScript(base, speeches, lang)));
  return code;
}
const scripts = new Map<string, string>();

function makePageScript(base: string, speeches: number, lang: Lang): string {
  // In a script element: no "<" of the base may end it or open a comment.
  const b = JSON.stringify(base).replaceAll('<', '\\u003c');
  // The page that sends the reader on marks itself (data-away), so that its own entry script,
  // should it still run before the next page comes, does nothing (src/app/main.ts).
  const go = (to: string) =>
    `{document.documentElement.setAttribute("data-away","");location.replace(${b}+${to})}`;
  // A kept collection's view or own texts in the query are not the bundled page served here:
  // marked, its markup is hidden by the stylesheet (app.css) until the app has drawn the view
  // named (src/app/main.ts, start.ts), never painted as if it were that view.
  const elsewhere =
    `var q=new URLSearchParams(location.search);` +
    `if(q.has("collection")||q.has("own"))document.documentElement.setAttribute("data-elsewhere","");`;
  const away =
    elsewhere +
    `var r=document.documentElement.getAttribute("data-route"),` +
    `e=r===null?null:(${earlyAddress.toString()})(r,location.search,${speeches});`;
  // z: the page stays in Chinese (an address that names its language, read as earlyAddress and
  // the app read it, or a browser that reads Chinese).
  const script =
    lang === 'en'
      ? `(function(){${away}if(e!==null)${go('e+location.hash')}})()`
      : `(function(){${away}var l=navigator.languages||[],` +
        `z=new URLSearchParams(location.search).has("lang"),p,i;` +
        `for(i=0;i<l.length;i++)if(/^zh\\b/i.test(l[i]))z=true;` +
        `if(e!==null){${go('(z?"":"en/")+e+location.hash')}return}` +
        `p=location.pathname;if(z||p.indexOf(${b})!==0)return;p=p.slice(${b}.length);` +
        `if(/^(collate\\/|\\d{1,9}(-\\d{1,9}|\\/report)?\\/)?(index\\.html)?$/.test(p))` +
        `${go('"en/"+p+location.search+location.hash')}})()`;
  // Small, as every page carries it (the function keeps its comments and names as written).
  const { code, errors } = minifySync('page.js', script, { compress: true, mangle: true });
  if (errors.length > 0 || /<\/script|<!--/iu.test(code))
    throw new Error(
      `the page's script cannot be inlined: ${errors.map((e) => e.message).join('; ')}`,
    );
  return code.trim();
}
