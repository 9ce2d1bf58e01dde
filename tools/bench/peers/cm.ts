/**
 * A bench peer (tools/bench/peers.ts): CodeMirror's merge view showing pair 1-2 side by side,
 * as a person would set it up for reading (wrapped lines, read-only). The texts come in the
 * bundle (the build defines them), so this page makes no data request at all.
 */
import { MergeView } from '@codemirror/merge';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

declare const PEER_A: string;
declare const PEER_B: string;

const extensions = [EditorView.lineWrapping, EditorState.readOnly.of(true)];
new MergeView({
  a: { doc: PEER_A, extensions },
  b: { doc: PEER_B, extensions },
  parent: document.body,
});
