/**
 * A bench peer (tools/bench/peers.ts): diff2html's side-by-side view of pair 1-2, from a
 * unified diff made by jsdiff (one line a paragraph), changes highlighted by character. The texts
 * come in the bundle (the build defines them), so this page makes no data request at all.
 */
import { createTwoFilesPatch } from 'diff';
import { html } from 'diff2html';
import 'diff2html/bundles/css/diff2html.min.css';

declare const PEER_A: string;
declare const PEER_B: string;

const patch = createTwoFilesPatch('1', '2', `${PEER_A}\n`, `${PEER_B}\n`, '', '', {
  context: 3,
});
const view = document.createElement('div');
// diff2html escapes the texts it renders; this is the library's own markup.
view.innerHTML = html(patch, {
  outputFormat: 'side-by-side',
  diffStyle: 'char',
  drawFileList: false,
});
document.body.append(view);
