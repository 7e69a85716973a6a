/**
 * The snippets, as one readable source: `npm run gen` (scripts/gen-snippets.ts) writes them to
 * snippets/*.json in VS Code's format and the table in docs/snippets.md; the completion provider reads
 * the closings and the date items from here.
 *
 * Three prefixes per snippet, because that is what Chinese drafters type: the pinyin initials (tctz),
 * the Chinese words themselves (特此通知) and an English-readable one (wm-closing-notice).
 *
 * Two kinds are NOT static snippets and come only from the completion provider:
 *  - the 结束语: a static snippet cannot know the document's 文种, and a 请示's “妥否，请批示。” must not
 *    be offered inside a 通知; the provider offers the closings of the detected 文种 (all of them when
 *    none is detected). snippets/closings.json holds the same list in VS Code's format, for copying
 *    into user snippets or other editors; it is not contributed.
 *  - 成文日期 / 署名 / 印发日期: GB/T 9704 writes 2026年1月5日 and VS Code's $CURRENT_MONTH is
 *    zero-padded (01), so the date is computed when the completion is requested.
 */
import { GENRES, type GenreId } from '../genres';

export type SnippetGroup = 'header' | 'body' | 'colophon' | 'marker' | 'closing' | 'dynamic';

export const GROUP_LABEL: Record<SnippetGroup, string> = {
  header: '版头',
  body: '主体',
  colophon: '版记',
  marker: '停用检查的标记',
  closing: '结束语',
  dynamic: '日期（由补全提供）',
};

/** Where the snippet belongs in a document (the tests place each one there). */
export type SnippetZone =
  | 'copyNo' | 'secrecy' | 'urgency' | 'issuerMark' | 'docNo' | 'docNoSigner' | 'signer'
  | 'recipients' | 'heading1' | 'heading2' | 'heading3' | 'heading4'
  | 'attachmentNote' | 'attachmentPage' | 'note' | 'cc' | 'colophonRecipients'
  | 'markerLine' | 'markerNextLine' | 'markerBlock' | 'markerFile' | 'closing';

export interface SnippetSpec {
  /** Unique; the key in the generated snippet files. */
  name: string;
  group: SnippetGroup;
  zone: SnippetZone;
  /** Pinyin initials (the first is the main one). */
  pinyin: string[];
  /** The Chinese words. */
  zh: string[];
  /** English-readable prefix, wm-… */
  en: string;
  /** VS Code snippet syntax, one string per line. */
  body: string[];
  description: string;
  /** The 文种 a closing belongs to. */
  genres?: GenreId[];
}

const NUMERALS = '一,二,三,四,五,六,七,八,九,十';

/** The static snippets (contributed for gongwen, plaintext and markdown). */
export const STATIC_SNIPPETS: readonly SnippetSpec[] = [
  // 版头 (GB/T 9704—2012 7.2)
  { name: '份号', group: 'header', zone: 'copyNo', pinyin: ['fh'], zh: ['份号'], en: 'wm-copy-no', body: ['${1:000001}'],
    description: '份号：6位阿拉伯数字，顶格编排在版心左上角第一行（GB/T 9704—2012 7.2.1）。涉密公文应当标注份号。' },
  { name: '密级和保密期限', group: 'header', zone: 'secrecy', pinyin: ['mj', 'bmqx'], zh: ['密级', '保密期限'], en: 'wm-secrecy',
    body: ['${1|秘密,机密,绝密|}★${2:1}${3|年,个月|}'],
    description: '密级和保密期限，如“秘密★1年”：★前标密级，★后标保密期限，期限用阿拉伯数字（GB/T 9704—2012 7.2.2）。涉密公文应当同时标注份号。' },
  { name: '紧急程度', group: 'header', zone: 'urgency', pinyin: ['jjcd'], zh: ['紧急程度', '特急', '加急'], en: 'wm-urgency',
    body: ['${1|特急,加急|}'],
    description: '紧急程度：公文只用“特急”“加急”（条例第九条（三）），不用“急件”“紧急”。' },
  { name: '发文机关标志', group: 'header', zone: 'issuerMark', pinyin: ['fwjgbz'], zh: ['发文机关标志'], en: 'wm-issuer-mark',
    body: ['${1:发文机关}文件'],
    description: '发文机关标志：发文机关全称或者规范化简称加“文件”二字（条例第九条（四））。' },
  { name: '发文字号', group: 'header', zone: 'docNo', pinyin: ['fwzh'], zh: ['发文字号'], en: 'wm-doc-no',
    body: ['${1:机关代字}〔${CURRENT_YEAR}〕${2:1}号'],
    description: '发文字号：机关代字〔年份〕序号号。年份标全称、用六角括号，序号不加“第”、不编虚位（GB/T 9704—2012 7.2.5）。' },
  { name: '发文字号和签发人', group: 'header', zone: 'docNoSigner', pinyin: ['fwzhqfr'], zh: ['发文字号和签发人'], en: 'wm-doc-no-signer',
    body: ['${1:机关代字}〔${CURRENT_YEAR}〕${2:1}号　　签发人：${3:×××}'],
    description: '上行文的发文字号居左空一字，与签发人姓名处在同一行（GB/T 9704—2012 7.2.5、7.2.6）。' },
  { name: '签发人', group: 'header', zone: 'signer', pinyin: ['qfr'], zh: ['签发人'], en: 'wm-signer',
    body: ['签发人：${1:×××}'],
    description: '签发人：“签发人”加全角冒号和姓名。上行文应当标注签发人姓名（条例第九条（六））。' },
  // 主体 (GB/T 9704—2012 7.3)
  { name: '主送机关', group: 'body', zone: 'recipients', pinyin: ['zsjg'], zh: ['主送机关'], en: 'wm-recipients',
    body: ['${1:主送机关}：'],
    description: '主送机关：标题下空一行居左顶格，最后一个机关名称后标全角冒号（GB/T 9704—2012 7.3.2）。' },
  { name: '一级标题', group: 'body', zone: 'heading1', pinyin: ['yjbt'], zh: ['一级标题'], en: 'wm-heading-1',
    body: [`\${1|${NUMERALS}|}、\${2:标题}`], description: '第一层结构层次序数“一、”（GB/T 9704—2012 7.3.3）。' },
  { name: '二级标题', group: 'body', zone: 'heading2', pinyin: ['ejbt'], zh: ['二级标题'], en: 'wm-heading-2',
    body: [`（\${1|${NUMERALS}|}）\${2:标题}`], description: '第二层结构层次序数“（一）”，括号后不加标点（GB/T 9704—2012 7.3.3）。' },
  { name: '三级标题', group: 'body', zone: 'heading3', pinyin: ['sanjbt'], zh: ['三级标题'], en: 'wm-heading-3',
    body: ['${1:1}.${2:标题}'], description: '第三层结构层次序数“1.”，用下脚点（GB/T 9704—2012 7.3.3）。' },
  { name: '四级标题', group: 'body', zone: 'heading4', pinyin: ['sijbt'], zh: ['四级标题'], en: 'wm-heading-4',
    body: ['（${1:1}）${2:标题}'], description: '第四层结构层次序数“（1）”，括号后不加标点（GB/T 9704—2012 7.3.3）。' },
  { name: '附件说明', group: 'body', zone: 'attachmentNote', pinyin: ['fjsm'], zh: ['附件说明'], en: 'wm-attachment',
    body: ['附件：${1:附件名称}'],
    description: '附件说明（一个附件）：“附件”后标全角冒号和附件名称，名称后不加标点（GB/T 9704—2012 7.3.4）。' },
  { name: '附件说明（多个）', group: 'body', zone: 'attachmentNote', pinyin: ['fjsmdg'], zh: ['附件说明多个', '多个附件'], en: 'wm-attachments',
    body: ['附件：1.${1:附件名称}', '　　　　　2.${2:附件名称}'],
    description: '附件说明（多个附件）：用阿拉伯数字标注顺序号，如“附件：1.×××××”；名称后不加标点（GB/T 9704—2012 7.3.4）。' },
  { name: '附件标识', group: 'body', zone: 'attachmentPage', pinyin: ['fjbs'], zh: ['附件标识'], en: 'wm-attachment-page',
    body: ['附件${1:1}', '', '${2:附件标题}'],
    description: '附件页：“附件”及顺序号顶格编排在版心左上角第一行，附件标题居中，与附件说明一致（GB/T 9704—2012 7.3.7）。' },
  { name: '附注', group: 'body', zone: 'note', pinyin: ['fz'], zh: ['附注'], en: 'wm-note',
    body: ['（${1|此件公开发布,此件依申请公开,此件不予公开|}）'],
    description: '附注：居左空二字加圆括号，编排在成文日期下一行（GB/T 9704—2012 7.3.6）。' },
  { name: '联系人', group: 'body', zone: 'note', pinyin: ['lxr'], zh: ['联系人'], en: 'wm-contact',
    body: ['（联系人：${1:×××}，联系电话：${2:××××××××}）'],
    description: '附注中的联系人和联系电话：请示通常在附注中注明（实务）。' },
  // 版记 (GB/T 9704—2012 7.4)
  { name: '抄送机关', group: 'colophon', zone: 'cc', pinyin: ['cs'], zh: ['抄送'], en: 'wm-cc',
    body: ['抄送：${1:抄送机关}。'],
    description: '抄送机关：“抄送”后加全角冒号，最后一个抄送机关名称后标句号（GB/T 9704—2012 7.4.2）。' },
  { name: '主送机关（版记）', group: 'colophon', zone: 'colophonRecipients', pinyin: ['bjzs'], zh: ['版记主送'], en: 'wm-colophon-recipients',
    body: ['主送：${1:主送机关}。'],
    description: '主送机关过多时移至版记，编排方法同抄送机关，置于抄送机关之上一行（GB/T 9704—2012 7.3.2、7.4.2）。' },
  // 停用检查的标记 (src/core/suppress.ts)
  { name: '停用本行检查', group: 'marker', zone: 'markerLine', pinyin: ['jybh'], zh: ['禁用本行', '停用本行'], en: 'wm-disable-line',
    body: ['<!-- wenmi-disable-line$1 -->'],
    description: '本行不检查；在 wenmi-disable-line 后写规则 id（空格分隔）只停用这些规则。' },
  { name: '停用下一行检查', group: 'marker', zone: 'markerNextLine', pinyin: ['jyxyh'], zh: ['禁用下一行', '停用下一行'], en: 'wm-disable-next-line',
    body: ['<!-- wenmi-disable-next-line$1 -->'],
    description: '下一行不检查；可在后面写规则 id 只停用这些规则。' },
  { name: '停用一段检查', group: 'marker', zone: 'markerBlock', pinyin: ['jyqk'], zh: ['禁用区块', '停用一段'], en: 'wm-disable-block',
    // No ${TM_SELECTED_TEXT}: VS Code turns a snippet that uses it into a “Surround With” code action per
    // prefix, listed in the light-bulb menu of every selection (four identical 停用一段检查 entries under
    // a diagnostic's quick fixes). scripts/gen-snippets.ts refuses it.
    body: ['<!-- wenmi-disable$1 -->', '$0', '<!-- wenmi-enable$1 -->'],
    description: '两个标记之间的内容不检查：插入后光标在两个标记之间，把不检查的文字写（或粘贴）在这里；可在 wenmi-disable 后写规则 id 只停用这些规则。' },
  { name: '停用全文检查', group: 'marker', zone: 'markerFile', pinyin: ['jyqw'], zh: ['禁用全文', '停用全文'], en: 'wm-disable-file',
    body: ['<!-- wenmi-disable-file$1 -->'],
    description: '整个文件不检查；可写规则 id 只停用这些规则。' },
];

/** Prefixes of each closing phrase (genres.ts lists the phrases; a test checks every one is here). */
export const CLOSING_PREFIXES: Readonly<Record<string, { pinyin: string; en: string }>> = {
  '妥否，请批示。': { pinyin: 'tfqps', en: 'wm-closing-request' },
  '当否，请批示。': { pinyin: 'dfqps', en: 'wm-closing-request-2' },
  '妥否，请批复。': { pinyin: 'tfqpf', en: 'wm-closing-request-reply' },
  '当否，请批复。': { pinyin: 'dfqpf', en: 'wm-closing-request-reply-2' },
  '以上请示，请予审批。': { pinyin: 'ysqsqysp', en: 'wm-closing-request-approve' },
  '特此请示，请予批复。': { pinyin: 'tcqsqypf', en: 'wm-closing-request-formal' },
  '以上请示妥否，请批示。': { pinyin: 'ysqstfqps', en: 'wm-closing-request-3' },
  '以上请示当否，请批复。': { pinyin: 'ysqsdfqpf', en: 'wm-closing-request-4' },
  '特此报告。': { pinyin: 'tcbg', en: 'wm-closing-report' },
  '专此报告。': { pinyin: 'zcbg', en: 'wm-closing-report-2' },
  '以上报告，请审阅。': { pinyin: 'ysbgqsy', en: 'wm-closing-report-review' },
  '特此通知。': { pinyin: 'tctz', en: 'wm-closing-notice' },
  '请认真贯彻执行。': { pinyin: 'qrzgczx', en: 'wm-closing-notice-implement' },
  '请遵照执行。': { pinyin: 'qzzzx', en: 'wm-closing-notice-comply' },
  '请认真贯彻落实。': { pinyin: 'qrzgcls', en: 'wm-closing-notice-carry-out' },
  '请结合实际认真贯彻执行。': { pinyin: 'qjhsjrzgczx', en: 'wm-closing-notice-adapt' },
  '请认真遵照执行。': { pinyin: 'qrzzzzx', en: 'wm-closing-notice-strictly' },
  '特此函告。': { pinyin: 'tchg', en: 'wm-closing-letter' },
  '请予函复。': { pinyin: 'qyhf', en: 'wm-closing-letter-ask-reply' },
  '盼复。': { pinyin: 'pf', en: 'wm-closing-letter-await' },
  '请予支持为盼。': { pinyin: 'qyzcwp', en: 'wm-closing-letter-support' },
  '请予批准为盼。': { pinyin: 'qypzwp', en: 'wm-closing-letter-approve' },
  '特此函复。': { pinyin: 'tchf', en: 'wm-closing-letter-reply' },
  '特此函复。此复。': { pinyin: 'tchfcf', en: 'wm-closing-letter-reply-2' },
  '此复。': { pinyin: 'cf', en: 'wm-closing-reply' },
  '特此批复。': { pinyin: 'tcpf', en: 'wm-closing-reply-formal' },
  '特此通报。': { pinyin: 'tctb', en: 'wm-closing-bulletin' },
  '特此通告。': { pinyin: 'tctg', en: 'wm-closing-public-notice' },
  '特此公告。': { pinyin: 'tcgg', en: 'wm-closing-announcement' },
  '现予公告。': { pinyin: 'xygg', en: 'wm-closing-announcement-2' },
  '以上意见，请结合实际认真贯彻执行。': { pinyin: 'ysyjqjhsjrzgczx', en: 'wm-closing-opinion' },
  '以上意见如无不妥，请批转各地区、各部门执行。': { pinyin: 'ysyjrwbtqpzgdqgbmzx', en: 'wm-closing-opinion-upward' },
  '以上意见供参考。': { pinyin: 'ysyjgck', en: 'wm-closing-opinion-reference' },
  '以上意见，请认真贯彻落实。': { pinyin: 'ysyjqrzgcls', en: 'wm-closing-opinion-carry-out' },
  '现予公布，自公布之日起施行。': { pinyin: 'xygbzgbzrqsx', en: 'wm-closing-order-effective' },
  '本令自公布之日起施行。': { pinyin: 'blzgbzrqsx', en: 'wm-closing-order-self' },
  '现予公布。': { pinyin: 'xygb', en: 'wm-closing-order' },
  '现提请审议。': { pinyin: 'xtqsy', en: 'wm-closing-motion' },
  '请予审议。': { pinyin: 'qysy', en: 'wm-closing-motion-2' },
};

/** The Chinese prefix of a closing: the phrase without its final mark (妥否，请批示). */
function closingWords(text: string): string {
  return text.replace(/。$/, '');
}

/** The closings of every 文种 (genres.ts), one snippet per phrase, each with the genres it belongs to. */
export function closingSnippets(): SnippetSpec[] {
  const byText = new Map<string, GenreId[]>();
  for (const g of GENRES) {
    for (const c of g.closings) {
      const list = byText.get(c) ?? [];
      if (!list.includes(g.id)) list.push(g.id);
      byText.set(c, list);
    }
  }
  const out: SnippetSpec[] = [];
  for (const [text, genres] of byText) {
    const p = CLOSING_PREFIXES[text];
    if (!p) throw new Error(`closing “${text}” (genres.ts) has no prefixes: add it to CLOSING_PREFIXES in src/core/templates/snippets.ts`);
    out.push({
      name: `结束语：${text}`,
      group: 'closing',
      zone: 'closing',
      pinyin: [p.pinyin],
      zh: [closingWords(text)],
      en: p.en,
      body: [text],
      description: `${genres.join('、')}的结束语（实务）。`,
      genres,
    });
  }
  return out;
}

/** Items computed at completion time (the date cannot be a static snippet: see the top of this file). */
export interface DynamicSpec {
  name: string;
  pinyin: string[];
  zh: string[];
  en: string;
  description: string;
  /** The snippet body for a date (GB/T 9704 form) and an organisation name, if known. */
  body(date: string, org?: string): string[];
}

function escape(s: string): string {
  return s.replace(/[\\$}]/g, (c) => '\\' + c);
}

export const DYNAMIC_SNIPPETS: readonly DynamicSpec[] = [
  { name: '成文日期', pinyin: ['cwrq', 'rq'], zh: ['成文日期', '日期'], en: 'wm-date',
    description: '今天的日期，按 GB/T 9704—2012 7.3.5.4 写法：阿拉伯数字，年份标全称，月、日不编虚位（2026年1月5日）。',
    body: (date) => [`\${1:${escape(date)}}`] },
  { name: '署名和成文日期', pinyin: ['smrq', 'sm'], zh: ['署名', '发文机关署名'], en: 'wm-signature',
    description: '发文机关署名（全称或者规范化简称）和成文日期（今天，不编虚位）（条例第九条（十一）（十二），GB/T 9704—2012 7.3.5）。',
    body: (date, org) => [`\${1:${escape(org || '发文机关')}}`, `\${2:${escape(date)}}`] },
  { name: '印发机关和印发日期', pinyin: ['yfjg', 'yfrq'], zh: ['印发机关和印发日期', '印发日期'], en: 'wm-imprint',
    description: '版记最后一行：印发机关和印发日期（今天，不编虚位），日期后加“印发”（GB/T 9704—2012 7.4.3）。',
    body: (date, org) => [`\${1:${escape(org ? (/(办公室|办公厅)$/.test(org) ? org : org + '办公室') : '印发机关')}}　　\${2:${escape(date)}}印发`] },
];

/** Every prefix of a snippet, main ones first. */
export function prefixesOf(s: { pinyin: string[]; zh: string[]; en: string }): string[] {
  return [...s.pinyin, ...s.zh, s.en];
}
