/** The English of ../status.ts, key for key. */
import type { StatusKey } from '../status.ts';

export const status: Record<StatusKey, string> = {
  loading: 'Loading the collection…',
  comparing: 'Comparing…',
  compareFailed: 'The comparison could not be made: {error}',
  wordsAsCharacters:
    'This browser cannot find words (it has no Intl.Segmenter): word mode compares characters.',
  loadingView: 'Loading this part of the page…',
  loadFailed: 'The collection could not be loaded. {reason}',
  loadOffline: 'The server could not be reached. Check the connection and try again.',
  loadStatus: 'The server did not send the collection (HTTP {status}).',
  loadJson: 'The collection file is damaged and cannot be read.',
  loadShape: 'The collection file is not in the expected format.',
  loadOther: 'Something unexpected went wrong. Please try again.',
  loadPart: 'Part of the page could not be loaded. ',
  loadPartNamed: 'Part of the page ({part}) could not be loaded. ',
  loadPartOffline: 'The browser is offline: connect and try again.',
  loadPartReload: 'The site may have just been updated: reloading the page mends it.',
  technicalDetail: 'Technical detail: {detail}',
  retry: 'Retry',
  problemNotANumber: 'The URL parameter {param}={value} is not a speech number and was ignored.',
  problemNoSuchSpeech:
    'There is no speech {value} (parameter {param}); the collection has {count}. It was ignored.',
  problemRepeated:
    'The URL parameter {param} was given more than once ({value}); the first was used.',
  problemUnknown: 'The URL parameter {param}={value} is unknown and was ignored.',
  problemBadValue: 'The URL parameter {param} cannot be {value} (it takes: {allowed}); ignored.',
  problemReportAlone:
    'A report is of one text (a or b alone, or one own text): report was ignored.',
  problemEmptyValue:
    'The URL parameter {param} has an empty value (a stray comma, or nothing after =); ignored.',
  problemTimes: ' ({count, plural, one {once} other {# times}})',
  problemsMore:
    '{count, plural, one {# more kind of problem is} other {# more kinds of problem are}} not listed.',
  problemBadPath: 'The path {value} is not a page of this site and was ignored.',
  dismiss: 'Dismiss',
  problemOwnAndSpeech: 'The URL parameter {param}={value} conflicts with own; ignored.',
  problemNotWithCollate:
    'The collation shows every speech: the URL parameter {param}={value} does not apply and was ignored.',
  problemNotWithCollection:
    'The address opens one of your collections: the URL parameter {param}={value} does not apply and was ignored.',
  problemTooManyCollated:
    'A collation takes at most 12 texts; the address chose {value}, and the first 12 are collated.',
};
