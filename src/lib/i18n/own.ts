/**
 * The strings of the editor for own texts, in Chinese and English, as messages.ts: loaded only
 * with the editor, so the first paint of a comparison does not carry them. The English table is
 * typed by the Chinese keys.
 */
import type { Lang } from './messages.ts';
import { fill, type Params } from './translate.ts';

export const ownZh = {
  ownTextA: '文本 A',
  ownTextB: '文本 B',
  ownPrivacy:
    '文本只在本浏览器中处理，不会上传；分享链接里的文本在 # 之后，浏览器从不把这部分发给服务器。',
  ownCompare: '对比',
  ownChooseFile: '选择文件…',
  ownDropHint: '粘贴或输入文字，或把 .txt、.md、.docx 文件拖到这里',
  ownFileRead: '已读入 {name}（{encoding}）。',
  ownFileRefused: '没有读入 {name}：{reason}。原有文字保持不变。',
  ownFilesLeftOut:
    '共 {total} 个文件：只读了第一个（{name}），其余 {n} 个没有读入。每栏放一篇文本；多篇文本的合集即将推出。',
  fileType: '只能读 .txt、.md 和 .docx 文件',
  fileBinary: '这是二进制文件，不是文本',
  fileEncoding: '它不是 UTF-8、UTF-16 或 GB18030（GBK）编码的文本',
  fileDocx: 'Word 文件已损坏或不是 .docx 格式（旧的 .doc 请先另存为 .docx）',
  fileTooBig: '文件太大',
  fileUnreadable: '浏览器读不了这个文件',
  fileDocxTooBig: 'Word 文件解压后超过 {mb} MB，不像一篇文章（可能是压缩炸弹）',
  fileTooLong: '它有 {n} 字，超过每栏 {max} 字的上限',
  fileWorker: '读文件的后台程序（Web Worker）没能启动（{error}），请再试一次',
  ownReading: '正在读入 {name}……已用 {s} 秒',
  readStepRead: '读取文件',
  readStepUnzip: '解压 Word 文件：{percent}',
  readStepDecode: '识别编码',
  readStepCount: '计算字数',
  ownReadCancel: '取消读入',
  ownReadCancelled: '已取消读入 {name}。原有文字保持不变。',
  ownPreview:
    '{side}共 {chars} 字、{lines} 行，太长，没有放进文本框（那会让页面卡住）；对比和查重都用全文。',
  ownPreviewHead: '开头 {n} 字：',
  ownPreviewEdit: '在文本框中编辑全文（可能很慢）',
  cleanLineEndings: '{n} 处 Windows 或旧式换行符已统一。',
  cleanNormalized: '文字已统一为 Unicode NFC 形式（组合字符已合并）。',
  cleanSurrogates: '{n} 个残缺字符（孤立代理项）已替换为 �。',
  cleanControls: '含 {n} 个控制字符（如 NUL），对照中以标记显示。',
  cleanBidi: '含 {n} 个双向文字控制符：它们能改变文字的显示顺序、藏起文字，对照中以标记显示。',
  ownTooLong: '{side}有 {n} 字，超过每栏 {max} 字的上限，没有比较。',
  ownEmpty: '两栏都要有文字才能对比。',
  ownProgress: '正在比较……已用 {s} 秒',
  ownStepAlign: '对齐段落：{done} / {total}',
  ownStepDiff: '逐段比较：{done} / {total}',
  ownStepExact: '计算精确相似度：{percent}',
  ownStopExact: '停止计算（保留估算值）',
  ownCancel: '取消',
  ownCancelled: '比较已取消。',
  ownCheck: '查重：{side}',
  ownCheckEmpty: '{side}没有文字，无法查重。',
  ownCheckTooLong: '{side}有 {n} 字，超过 {max} 字的上限，没有查重。',
  ownChecking: '正在查重……已用 {s} 秒',
  ownCheckCancelled: '查重已取消。',
  ownCheckFailed: '查重失败：{error}',
  fragmentVersion: '链接中的文本格式无法识别（可能来自更新的版本）。',
  fragmentCorrupt: '链接中的文本已损坏或不完整（可能被截断了），读不出来。',
  fragmentTooBig: '链接中的文本解压后超过 {mb} MB 的上限，已拒绝。',
  fragmentCollection: '这条链接是用另一版本的文集生成的，读不出其中的文本。',
  fragmentEmpty: '编辑区是空的，可以重新输入。',
  linkTooLong:
    '这份对照的链接有 {n} 个字符，超过 {max}，聊天和邮件程序常会截断它。请改用“下载 HTML”分享。',
  draftTooBig: '文本太长，没有存进地址栏：重新载入页面后不会保留。',
  fragmentTooLong: '链接太长（超过 {max} 个字符），没有读取。',
  whyNoWorker: '这个浏览器没能启动后台线程（Web Worker）',
  whyWorkerFailed: '后台线程（Web Worker）的脚本没能载入',
  ownOnPage: '{why}，文本改在本页处理：长的文本会让页面停顿一会儿。',
  linkFailed:
    '没能生成这份文本的链接：{why}，文本又太长（超过 {max} 字），无法在本页压缩。草稿已保存在这个标签页，重新载入也不会丢。',
  linkRetry: '重试生成链接',
  draftRestored: '地址里没有文本：已恢复这个标签页保存的草稿。',
  ownOnPageTooLong:
    '{why}：超过 {max} 字的文本无法在本页比较或查重（页面会长时间停顿）。文本仍在编辑区；请换用别的浏览器，或把文本缩短。',
} as const;

export type OwnKey = keyof typeof ownZh;

export const ownEn: Record<OwnKey, string> = {
  ownTextA: 'Text A',
  ownTextB: 'Text B',
  ownPrivacy:
    'Texts are processed in this browser only and never uploaded; in a shared link they sit after the #, which browsers never send to a server.',
  ownCompare: 'Compare',
  ownChooseFile: 'Choose a file…',
  ownDropHint: 'Paste or type text, or drop a .txt, .md or .docx file here',
  ownFileRead: 'Read {name} ({encoding}).',
  ownFileRefused: '{name} was not read: {reason}. The text already entered stays.',
  ownFilesLeftOut:
    '{total} files came: only the first ({name}) was read and {n} left out. Each side holds one text; collections of many texts are coming.',
  fileType: 'only .txt, .md and .docx files are read',
  fileBinary: 'it is a binary file, not text',
  fileEncoding: 'it is not text in UTF-8, UTF-16 or GB18030 (GBK)',
  fileDocx: 'the Word file is damaged or not a .docx (save an old .doc as .docx first)',
  fileTooBig: 'the file is too large',
  fileUnreadable: 'the browser could not read it',
  fileDocxTooBig: 'the Word file unpacks to more than {mb} MB, not a text (perhaps a zip bomb)',
  fileTooLong: 'it has {n} characters, more than the limit of {max} a side',
  fileWorker: 'the background reader (a Web Worker) could not start ({error}); try again',
  ownReading: 'Reading {name}… {s} s so far',
  readStepRead: 'Reading the file',
  readStepUnzip: 'Unpacking the Word file: {percent}',
  readStepDecode: 'Detecting the encoding',
  readStepCount: 'Counting characters',
  ownReadCancel: 'Stop reading',
  ownReadCancelled: 'Reading {name} was stopped. The text already entered stays.',
  ownPreview:
    '{side} has {chars} characters in {lines} lines, too many for the text box (the page would freeze); comparing and checking use the whole text.',
  ownPreviewHead: 'The first {n} characters:',
  ownPreviewEdit: 'Edit the whole text in the text box (may be slow)',
  cleanLineEndings: '{n} Windows or old Mac line breaks were made plain line breaks.',
  cleanNormalized: 'The text was normalised to Unicode NFC (combining marks composed).',
  cleanSurrogates: '{n} broken characters (lone surrogates) were replaced by �.',
  cleanControls: 'Contains {n} control characters (such as NUL), marked in the comparison.',
  cleanBidi:
    'Contains {n} bidirectional control characters: they can reorder or hide text, and are marked in the comparison.',
  ownTooLong: '{side} has {n} characters, more than the limit of {max} a side; not compared.',
  ownEmpty: 'Both sides need text to compare.',
  ownProgress: 'Comparing… {s} s so far',
  ownStepAlign: 'Aligning paragraphs: {done} of {total}',
  ownStepDiff: 'Comparing paragraphs: {done} of {total}',
  ownStepExact: 'Working out the exact similarity: {percent}',
  ownStopExact: 'Stop (keep the estimate)',
  ownCancel: 'Cancel',
  ownCancelled: 'The comparison was cancelled.',
  ownCheck: 'Check {side} against the collection',
  ownCheckEmpty: '{side} is empty: there is nothing to check.',
  ownCheckTooLong: '{side} has {n} characters, more than the limit of {max}; not checked.',
  ownChecking: 'Checking… {s} s so far',
  ownCheckCancelled: 'The check was cancelled.',
  ownCheckFailed: 'The check failed: {error}',
  fragmentVersion: 'The texts in the link are in a format this version does not know.',
  fragmentCorrupt:
    'The texts in the link are damaged or incomplete (perhaps cut short) and cannot be read.',
  fragmentTooBig: 'The texts in the link would unpack to more than {mb} MB and were refused.',
  fragmentCollection:
    'This link was made with another version of the collection; its texts cannot be read.',
  fragmentEmpty: 'The editor is empty, ready for new text.',
  linkTooLong:
    'The link to this comparison has {n} characters, more than {max}: chat and mail programs often cut such links. Share it with “Download HTML” instead.',
  draftTooBig: 'The text is too long to keep in the address bar: a reload will not keep it.',
  fragmentTooLong: 'The link is too long (more than {max} characters) and was not read.',
  whyNoWorker: 'This browser could not start a background thread (Web Worker)',
  whyWorkerFailed: 'The background thread’s (Web Worker’s) script did not load',
  ownOnPage: '{why}, so the texts are processed on this page: long texts make it pause.',
  linkFailed:
    'The link to these texts could not be made: {why}, and they are too long (over {max} characters) to pack on this page. The draft is kept in this tab and survives a reload.',
  linkRetry: 'Try making the link again',
  draftRestored: 'The address holds no texts: the draft kept in this tab is back.',
  ownOnPageTooLong:
    '{why}: texts over {max} characters cannot be compared or checked on this page (it would freeze). The texts stay in the editor; try another browser, or shorten them.',
};

/** The editor's message in the language, its {name} parameters filled in. */
export function translateOwn(lang: Lang, key: OwnKey, params: Params = {}): string {
  return fill(lang === 'zh' ? ownZh[key] : ownEn[key], params, lang);
}
