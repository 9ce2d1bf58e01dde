/**
 * The shell's strings for the page's states and the address's notices: loading, a comparison
 * under way, a part or the collection that did not load, and every problem read in the address
 * (views/shell/Notices.svelte). In Chinese; the English, typed by these keys, is en/status.ts.
 */
export const status = {
  loading: '正在载入文集……',
  comparing: '正在比较……',
  compareFailed: '比较没能完成：{error}',
  wordsAsCharacters: '这个浏览器不能分词（没有 Intl.Segmenter），“词”模式按字比较。',
  loadingView: '正在载入这一部分……',
  loadFailed: '文集没能载入：{reason}',
  loadOffline: '连不上服务器，请检查网络后重试。',
  loadStatus: '服务器没有送来文集数据（HTTP {status}）。',
  loadJson: '文集数据已损坏，读不出来。',
  loadShape: '文集数据的格式不对。',
  loadOther: '出了意外的错误，请重试。',
  loadPart: '页面的一部分没能载入。',
  loadPartNamed: '页面的一部分（{part}）没能载入。',
  loadPartOffline: '浏览器处于离线状态，请连上网络后重试。',
  loadPartReload: '网站可能刚更新过，重新载入页面即可。',
  technicalDetail: '技术细节：{detail}',
  retry: '重试',
  problemNotANumber: '网址参数 {param}={value} 不是篇目编号，已忽略。',
  problemNoSuchSpeech: '没有第 {value} 篇（参数 {param}），本文集共 {count} 篇，已忽略。',
  problemRepeated: '网址参数 {param} 出现了多次（{value}），只用第一个。',
  problemUnknown: '不认识的网址参数 {param}={value}，已忽略。',
  problemBadValue: '网址参数 {param} 不能取 {value}（可取：{allowed}），已忽略。',
  problemReportAlone: '查重报告只针对一篇（只给 a 或 b，或只有一栏自己的文本），report 已忽略。',
  problemEmptyValue: '网址参数 {param} 有空值（多余的逗号或等号后没有值），已忽略。',
  problemTimes: '（共 {count} 处）',
  problemsMore: '另有 {count} 类问题未列出。',
  problemBadPath: '网址路径 {value} 不是本站的页面，已忽略。',
  dismiss: '关闭提示',
  problemOwnAndSpeech: '网址参数 {param}={value} 与 own 冲突，已忽略。',
  problemNotWithCollate: '逐句对齐显示全部篇目，网址参数 {param}={value} 用不上，已忽略。',
  problemNotWithCollection: '网址打开的是自己的文集，网址参数 {param}={value} 用不上，已忽略。',
  problemTooManyCollated: '逐句对齐一次最多 12 篇，网址选了 {value} 篇，只对齐前 12 篇。',
} as const;

export type StatusKey = keyof typeof status;
