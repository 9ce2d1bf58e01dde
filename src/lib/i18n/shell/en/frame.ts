/** The English of ../frame.ts, key for key. */
import type { FrameKey } from '../frame.ts';

export const frame: Record<FrameKey, string> = {
  tagline: 'Chinese texts side by side: see at a glance what was copied and what changed',
  speeches: 'Speeches',
  speechNumber: 'Speech {n}',
  chars: '{n, plural, one {# character} other {# characters}}',
  paragraphs: '{n, plural, one {# paragraph} other {# paragraphs}}',
  compare: 'Compare',
  home: 'Home',
  speechA: 'Left (A)',
  speechB: 'Right (B)',
  chooseSpeech: '— choose —',
  swap: 'Swap left and right',
  pickers: 'Choose speeches',
  pickSearchHint: 'Type a number, a title or the first words, and choose from the list',
  pickNone: 'No text matches “{query}”; the text was not changed.',
  pickMany:
    '“{query}” matches {count} texts; the text was not changed: type its number, or choose from the list.',
  otherLang: '中文',
  reusedSummary: '{share} of this speech also occurs in other speeches, marked as',
  reusedShare: 'shared {share}',
  findingIdentical: '{a} and {b} are identical: the same speech was included twice.',
  stockLabel: 'stock phrase',
  collateTitle: 'Collation',
  ownOption: 'Paste or upload text…',
  ownHomeLink: 'Compare your own texts',
  // After the collection's name, as the bundled corpus's （6篇） follows its title.
  keptCount: ' ({n, plural, one {# text} other {# texts}})',
  listSeparator: ', ',
  passageSearch: 'Find text:',
};
