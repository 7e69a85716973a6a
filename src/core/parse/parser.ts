/**
 * Plain text / Markdown → GongwenDocument. Tolerant by design: it recognises faulty forms of each
 * element (wrong brackets, half-width colons, zero-padded dates) so that rules can flag them.
 */
import { matchGenreSuffix, matchNonstatutorySuffix } from '../genres';
import { parseHeading } from './headings';
import { splitLines } from './lines';
import type { Attachment, AttachmentItem, AttachmentNote, Element, ElementKind, GongwenDocument, Heading, Line, Title } from './model';
import {
  ATTACHMENT_LABEL, ATTACHMENT_NOTE, COLOPHON_LABEL, COLOPHON_LABEL_LOOSE, COPY_NO, DATE_LINE, DOC_NO_LINE, IMPRINT,
  IMPRINT_NO_SUFFIX, ISSUER_MARK, ORG_SUFFIX, SECRECY, SEPARATOR, SIGNER, URGENCY, ORDINAL_LINE, DATE_LOOSE, DOC_NO_LOOSE, DOC_NO_FRAGMENT,
  attachmentNumber,
} from './patterns';
import { findQuotedRanges, mergeRanges } from './quotes';
import type { OffsetRange } from '../types';

const MAX_TITLE_LINES = 4;
/** First characters a 成文日期 line and a 版记 label can start with. */
const DATE_FIRST = '0123456789０１２３４５６７８９〇零○ＯOo一二三四五六七八九';
const COLOPHON_FIRST = '抄主报送分';
const MAX_TITLE_CHARS = 120;

function el(kind: ElementKind, line: Line): Element {
  return new ElementRecord(kind, line.contentStart, line.contentEnd, line.content, line.index);
}

/** An element of one line, made by a constructor for the reason LineRecord is (lines.ts): one per paragraph of a lint. */
class ElementRecord implements Element {
  constructor(
    public kind: ElementKind,
    public start: number,
    public end: number,
    public text: string,
    public line: number,
  ) {}
}

/** A listing's date in front of the number (2006年10月26日 财建〔2006〕689号): the 发文字号 starts after it. */
const DATE_BEFORE_NUMBER = /^(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日[ \u3000]+/;

function docNoEl(line: Line): Element {
  const e = el('docNo', line);
  const d = DATE_BEFORE_NUMBER.exec(e.text);
  if (!d || d[0].length >= e.text.length) return e;
  return { ...e, start: e.start + d[0].length, text: e.text.slice(d[0].length) };
}

/** A 主题词 line (abolished by GB/T 9704—2012; obsolete-zhutici deletes it). */
const ZHUTICI_LINE = /^主[ \u3000]*题[ \u3000]*词/;

/**
 * A line that takes part in the structure. 主题词 lines are transparent like comments: the fix that
 * deletes one must not change what the lines around it are.
 */
function isContent(line: Line): boolean {
  return !line.blank && !line.comment && !(line.content.charCodeAt(0) === 0x4e3b && ZHUTICI_LINE.test(line.content));
}

/** 抄送 with a space where its colon belongs, at the head of what is left: a 版记 line (主送 so written stays a 主送). */
const LOOSE_CC = /^抄送[ \u3000]+[^ \u3000]/;

/** "×发〔2024〕5号　　签发人：张三": the 签发人 that shares the number's line. */
function signerOnLine(line: Line): Element | undefined {
  const s = /[\s\u3000]+(签发人[:：\s\u3000].*)$/.exec(line.content);
  if (!s) return undefined;
  const at = line.contentStart + s.index + s[0].length - s[1].length;
  return { kind: 'signer', start: at, end: line.contentEnd, text: s[1], line: line.index };
}

/** What a body's name never holds: a year, or a matter at its end (情况, 问题, 工作…). */
const NOT_A_NAME = /[0-9０-９]{4}年|(?:情况|问题|事项|事宜|工作|活动|安排|要点)$/;

function looksLikeTitle(s: string): boolean {
  const bare = s.replace(/[。，；：！？.,;:!?、\s]+$/, '');
  // A full stop inside the line ends a sentence: a paragraph, whatever it cites (《……关于……的通知》).
  if (/[。！？]/.test(bare)) return false;
  return !!matchGenreSuffix(bare) || !!matchNonstatutorySuffix(bare) || /关于/.test(bare.replace(/《[^《》]*》/g, ''));
}

/** What an incremental lint already knows of the text (session.ts): its lines and quoted spans, read again only where it changed. */
export interface ParseHint {
  lines: Line[];
  quoted: OffsetRange[];
}

export function parse(text: string, hint?: ParseHint): GongwenDocument {
  const lines = hint?.lines ?? splitLines(text);
  const doc: GongwenDocument = {
    text,
    lines,
    header: { issuerMarks: [], docNos: [], elements: [] },
    paragraphs: [],
    headings: [],
    signatures: [],
    notes: [],
    attachments: [],
    colophon: [],
    quoted: hint?.quoted ?? findQuotedRanges(text),
    isGongwen: false,
    evidence: [],
    memo: new Map(),
  };
  let i = 0;
  const n = lines.length;
  const skipBlank = () => {
    while (i < n && !isContent(lines[i])) i++;
  };

  // Front matter (--- key: value ---), as Markdown drafts carry it.
  if (n > 2 && lines[0].raw.trim() === '---') {
    const fields: Record<string, string> = {};
    let j = 1;
    while (j < n && lines[j].raw.trim() !== '---') {
      const m = /^([A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff-]*)\s*:\s*(.*)$/.exec(lines[j].raw.trim());
      if (m) fields[m[1]] = m[2].replace(/^["']|["']$/g, '');
      j++;
    }
    if (j < n) {
      doc.frontMatter = { range: [lines[0].start, lines[j].end], fields };
      i = j + 1;
    }
  }

  // 版头.
  skipBlank();
  while (i < n) {
    const line = lines[i];
    if (!isContent(line)) { i++; continue; }
    if (line.mdHeading) break;
    const c = line.content;
    const next = nextContent(lines, i + 1);
    let kind: ElementKind | undefined;
    if (COPY_NO.test(c) && doc.header.elements.length < 3 && !doc.header.docNos.length && isCopyNo(c, next)) kind = 'copyNo';
    else if (SECRECY.test(c) && c.length <= 20) kind = 'secrecy';
    else if (URGENCY.test(c)) kind = 'urgency';
    else if ((DOC_NO_LINE.test(c) && c.length <= 60) || (c.length <= 41 && DOC_NO_LOOSE.test(c)) || DOC_NO_FRAGMENT.test(c)) kind = 'docNo';
    else if (SIGNER.test(c) && c.length <= 40) kind = 'signer';
    else if (SEPARATOR.test(c)) kind = 'separator';
    else if (ISSUER_MARK.test(c) && !/[。，；：,;:]|关于/.test(c)) kind = 'issuerMark';
    // (A line that names a year or ends in a matter, ××局2024年上半年安全生产工作情况, is a title that lacks its 文种, not a
    // body's name.)
    else if (next && DOC_NO_LINE.test(next.content) && c.length <= 40 && !/[。，；：,;:]/.test(c) && !looksLikeTitle(c) && !NOT_A_NAME.test(c)) kind = 'issuerMark';
    // 西潞省发展和改革委员会 ⏎ 西潞省财政厅文件 (a joint 版头), or 青岚市人民政府 ⏎ 青岚市人民政府关于……: an issuer's name alone on
    // its line above another issuer mark, or above a title that opens with that very name.
    else if (next && c.length <= 40 && ORG_SUFFIX.test(c) && !/[。，；：,;:]|关于/.test(c) &&
      ((ISSUER_MARK.test(next.content) && !/关于/.test(next.content)) || (next.content.startsWith(c) && /^(?:关于|令)/.test(next.content.slice(c.length))) || stackedAboveFile(lines, i))) kind = 'issuerMark';
    // 临江市教育局 ⏎ 临江市财政局 ⏎ 文件: a joint 版头 whose 文件 stands alone beside the stacked names.
    else if (/^文[ \u3000]*件$/.test(c) && doc.header.issuerMarks.length) kind = 'issuerMark';
    // YXDR-2012-00006: the 规范性文件 registration number an office prints above the document; no part of it.
    if (!kind && REGISTRATION.test(c)) {
      i++;
      continue;
    }
    // 2025年3月20日 above the title: a 成文日期 put at the head (date-position says where it belongs).
    if (!kind && DATE_LINE.test(c) && next && isTitleStart(next) && !DATE_LINE.test(next.content)) {
      doc.earlyDate = el('date', line);
      i++;
      continue;
    }
    if (!kind) break;
    const e = kind === 'docNo' ? docNoEl(line) : el(kind, line);
    doc.header.elements.push(e);
    if (kind === 'copyNo') doc.header.copyNo = e;
    else if (kind === 'secrecy') doc.header.secrecy = e;
    else if (kind === 'urgency') doc.header.urgency = e;
    else if (kind === 'issuerMark') doc.header.issuerMarks.push(e);
    else if (kind === 'docNo') {
      doc.header.docNos.push(e);
      // 上行文: "×发〔2024〕5号　　签发人：张三" on one line.
      doc.header.signer = signerOnLine(line) ?? doc.header.signer;
    } else if (kind === 'signer') doc.header.signer = e;
    i++;
  }

  // 标题 (one or several lines).
  skipBlank();
  const first = lines[i];
  if (first && !first.mdHeading && (COLOPHON_LABEL.test(first.content) || LOOSE_CC.test(first.content))) {
    // A document that starts with its 版记 has no title.
  } else if (first && isTitleStart(first) && !signatureAboveDate(lines, i)) {
    const parts: Line[] = [first];
    let total = first.content.length;
    // The next title line: the following line, or past up to two blank lines (blank-line noise).
    const nextTitleLine = (from: number): number => {
      let k = from;
      while (k < n && k - from < 3 && !isContent(lines[k])) k++;
      return k < n && isContent(lines[k]) ? k : -1;
    };
    let j = nextTitleLine(i + 1);
    while (
      j >= 0 && parts.length < MAX_TITLE_LINES && !/[。！？；;!?]$/.test(parts[parts.length - 1].content) &&
      (!looksComplete(parts) || continuesAfterDocumentName(parts, lines[j])) && canContinueTitle(lines[j]) && total + lines[j].content.length <= MAX_TITLE_CHARS
    ) {
      parts.push(lines[j]);
      total += lines[j].content.length;
      j = nextTitleLine(j + 1);
    }
    // Only keep the continuation if it ends as a title would.
    if (parts.length > 1 && !looksComplete(parts)) parts.splice(1);
    const last = parts[parts.length - 1];
    const title: Title = {
      kind: 'title',
      start: first.contentStart,
      end: last.contentEnd,
      text: parts.map((p) => p.content).join(''),
      line: first.index,
      parts: parts.map((p) => ({ start: p.contentStart, end: p.contentEnd, text: p.content })),
    };
    doc.title = title;
    if (parts.length > 1) {
      // A title may wrap inside 《…》 (gov.cn titles do): find its quotations on the joined text.
      const extra = findQuotedRanges(title.text).map(([a, b]): OffsetRange => [partsOffset(title, a, false), partsOffset(title, b, true)]);
      if (extra.length) doc.quoted = mergeRanges([...doc.quoted, ...extra].sort((x, y) => x[0] - y[0]));
    }
    i = last.index + 1;
    skipBlank();
    // 关于印发……的通知 ⏎ 交通运输部办公厅 ⏎ 关于印发……的通知: a web page's heading above the document's own issuer line
    // and title. The issuer line is its 标志, the repeated title is the title already read.
    const repeat = nextContent(lines, i + 1);
    if (i < n && repeat && title.parts.length === 1 && lines[i].content.length <= 40 && ORG_SUFFIX.test(lines[i].content) &&
      !/[。，；：,;:]/.test(lines[i].content) && (repeat.content === title.text || repeat.content === lines[i].content + title.text)) {
      doc.header.issuerMarks.push(el('issuerMark', lines[i]));
      i = repeat.index + 1;
      skipBlank();
    }
    // 关于印发……的通知 ⏎ 交通运输部办公厅 ⏎ 厅科技字〔2012〕73号: the issuer's line, then its number, under a page's heading.
    const numberNext = nextContent(lines, i + 1);
    if (i < n && numberNext && lines[i].content.length <= 40 && ORG_SUFFIX.test(lines[i].content) && !/[。，；：,;:]/.test(lines[i].content) &&
      numberNext.content.length <= 60 && DOC_NO_LINE.test(numberNext.content)) {
      doc.header.issuerMarks.push(el('issuerMark', lines[i]));
      i = numberNext.index;
    }
    // Web pages (gov.cn) print the 发文字号 under the title: it is still the document's own number.
    // (A bracketed number with no 机关代字 under a 公告, 纪要 or 令 is its series number: （2024）第3号.)
    const series = /^[〔\[【（(［﹝{]/.test(lines[i]?.content ?? '') && /(?:公告|通告|纪要|令|公报)[。\s]*$/.test(title.text.replace(/[ \u3000]/g, ''));
    if (i < n && !series && lines[i].content.length <= 60 && (DOC_NO_LINE.test(lines[i].content) || DOC_NO_LOOSE.test(lines[i].content))) {
      const e = docNoEl(lines[i]);
      doc.header.docNos.push(e);
      // Its 签发人 on the same line, as in the 版头.
      doc.header.signer ??= signerOnLine(lines[i]);
      i++;
      skipBlank();
    }
    // （××××年×月×日××会议通过） under a 决议 title, or a 令号.
    if (i < n && /^[（(].{4,60}[)）]$|^第[0-9一二三四五六七八九十百]+号$/.test(lines[i].content) && !parseHeading(lines[i])) {
      doc.subtitle = el('subtitle', lines[i]);
      i++;
      skipBlank();
    } else if (i + 1 < n && /^[（(][^（()）]{4,50}$/.test(lines[i].content) && /^[^（()）]{2,40}[)）]$/.test(lines[i + 1].content) && !parseHeading(lines[i])) {
      // （2024年12月31日苏州市第十七届人大常委会 ⏎ 第十九次会议通过）: the 题注 wrapped over two lines.
      const sub = el('subtitle', lines[i]);
      sub.end = lines[i + 1].contentEnd;
      sub.text = text.slice(sub.start, sub.end);
      doc.subtitle = sub;
      i += 2;
      skipBlank();
    }
  }

  // 类别：B, 公开方式：主动公开: the classification an answer to a deputy's 建议 or an 信息公开 page sets between the
  // title and the 主送 — neither 主送 nor 正文.
  while (i < n && (/^(?:类[ \u3000]*别|公开方式|公开属性|公开类别|答复类别|办理类别)[ \u3000]*[:：][ \u3000]*[^，。；：:]{1,10}$/.test(lines[i].content) || WEB_META.test(lines[i].content))) {
    i++;
    skipBlank();
  }

  // 2024年10月9日 between the title and the 主送: not the 成文日期, which follows the 正文 (date-position says so).
  if (i < n && DATE_LINE.test(lines[i].content)) {
    let k = i + 1;
    while (k < n && !isContent(lines[k])) k++;
    if (k < n && isRecipientLine(lines, k)) {
      doc.earlyDate = el('date', lines[i]);
      i = k;
    }
  }

  // 主送机关.
  if (i < n && isRecipientLine(lines, i)) {
    // A long 主送 list wraps ("回行时仍顶格"): the element runs to the line that ends with the colon.
    const last = recipientEnd(lines, i);
    const r = el('recipients', lines[i]);
    if (last > i) {
      r.end = lines[last].contentEnd;
      r.text = text.slice(r.start, r.end);
    }
    doc.recipients = r;
    i = last + 1;
  }

  // Tail: 版记 and attachments come after the 成文日期; find where the main part ends.
  let mainEnd = n; // exclusive line index
  let seenDate = false; // one forward pass: an attachment label only ends the main part after a date
  let previous: Line | undefined; // the content line before
  for (let j = i; j < n; j++) {
    const c = lines[j].content;
    if (!isContent(lines[j])) continue;
    // Cheap first-character tests before the regexes: this loop sees every line of the 正文.
    const c0 = c[0];
    // 附件 after the date, or right after an issuer's name that ends the 正文 without a date.
    if (c0 === '附' && (seenDate || (previous && isSignatureLine(previous) && ORG_SUFFIX.test(previous.content))) && ATTACHMENT_LABEL.test(c)) { mainEnd = j; break; }
    previous = lines[j];
    if (!seenDate && DATE_FIRST.includes(c0) && DATE_LINE.test(c)) seenDate = true;
    if (COLOPHON_FIRST.includes(c0) && (COLOPHON_LABEL.test(c) || COLOPHON_LABEL_LOOSE.test(c)) && (j > i || /^(抄送(?:单位|机关)?|主送|抄报|分送)\s*[:：]/.test(c) || LOOSE_CC.test(c))) { mainEnd = j; break; }
    if (c.endsWith('印发') && /[0-9]{2,4}\s*年|[0-9]{4}[.\-/]|[〇零○一二三四五六七八九]{4}\s*年/.test(c) && (j > i || isImprintLine(c))) { mainEnd = j; break; }
  }
  // Separator lines just above the 版记 belong to it.
  while (mainEnd > i && (!isContent(lines[mainEnd - 1]) || SEPARATOR.test(lines[mainEnd - 1].content))) mainEnd--;

  // 成文日期: the last date-only line of the main part (a faulty or partial date, 二OO九年 or 09.10.30, when it
  // is the last line, so that the date rules see what a drafter typed).
  let dateLine = -1;
  for (let j = mainEnd - 1; j >= i; j--) {
    if (isContent(lines[j]) && DATE_LINE.test(lines[j].content)) { dateLine = j; break; }
  }
  if (dateLine < 0) {
    let j = mainEnd - 1;
    while (j >= i && !isContent(lines[j])) j--;
    if (j >= i && lines[j].content.length <= 20 && DATE_LOOSE.test(lines[j].content)) dateLine = j;
  }
  let bodyEnd = mainEnd;
  if (dateLine < 0) {
    // An issuer's name that ends the 正文 with no date under it: the 署名 (date-position says the date is missing).
    let j = mainEnd - 1;
    while (j > i && !isContent(lines[j])) j--;
    // （联系人：……，电话：……）: a 附注 under the name, where the date should have stood between them.
    if (j > i && NOTE_LINE.test(lines[j].content)) {
      j--;
      while (j > i && !isContent(lines[j])) j--;
    }
    if (j > i && isSignatureLine(lines[j]) && ORG_SUFFIX.test(lines[j].content) && lines[j].content.length <= 30) {
      doc.signatures = [el('signature', lines[j])];
      bodyEnd = j;
    }
  }
  if (dateLine >= 0) {
    doc.date = el('date', lines[dateLine]);
    // 署名: short lines straight above the date. Across blank lines (Markdown paragraphs, or two
    // issuers spaced apart) a further line must look like an organisation, not a short 正文 line.
    const sigs: Element[] = [];
    let j = dateLine - 1;
    while (j >= i && sigs.length < 3) {
      let k = j;
      while (k >= i && !isContent(lines[k])) k--;
      if (k < i || !isSignatureLine(lines[k])) break;
      // (Straight above a signature as well: 附件：用人单位报名表 ⏎ 招聘会场地示意图 ⏎ ××局 — a line that is no organisation
      // above the issuer's name is the 附件说明's, not a second issuer.)
      if (sigs.length && (k < j || isAttachmentNoteAbove(lines, k, i)) && !ORG_SUFFIX.test(lines[k].content)) break;
      sigs.unshift(el('signature', lines[k]));
      j = k - 1;
    }
    doc.signatures = sigs;
    bodyEnd = sigs.length ? sigs[0].line : dateLine;
    // 附注 and anything else after the date, before the 版记.
    for (let k = dateLine + 1; k < mainEnd; k++) {
      if (!isContent(lines[k])) continue;
      doc.notes.push(el('note', lines[k]));
    }
    // 关于印发《……办法》的通知 ⏎ …… ⏎ 2007年1月23日 ⏎ 《……办法》 ⏎ 第一条……: the document that an 印发 notice carries, printed
    // after the date without an 附件 label (law databases do): not 附注 but the carried text, which the rules leave alone.
    let first = doc.notes.findIndex((x) => !NOTE_LIKE.test(x.text));
    // Its title line (××实施办法) is short: it goes with it.
    while (first > 0 && !/^[（(]|^(?:此件|本件|联系|附件|抄送)|[。；]/.test(doc.notes[first - 1].text)) first--;
    const title = doc.title?.text ?? '';
    if (first >= 0 && /印发|转发|批转|发布|公布|颁布/.test(title) && doc.notes.length - first >= 2 && doc.notes.slice(first).some((x) => x.text.length > 40)) {
      const carried = doc.notes.slice(first);
      doc.carried = [carried[0].start, carried[carried.length - 1].end];
      doc.notes = doc.notes.slice(0, first);
    }
  }

  // 附件说明: the last "附件：" line of the main part, when nothing but its items follows it
  // (a "附件1、附件2……" sentence inside the 正文 is not the note).
  for (let j = bodyEnd - 1; j >= i; j--) {
    const line = lines[j];
    if (!isContent(line) || line.content[0] !== '附' || !ATTACHMENT_NOTE.test(line.content) || ATTACHMENT_LABEL.test(line.content)) continue;
    // "附件：附件1、××" / "附件2、××": the note starts at the first of such lines.
    while (j > i && isContent(lines[j - 1]) && ATTACHMENT_NOTE.test(lines[j - 1].content) && !ATTACHMENT_LABEL.test(lines[j - 1].content)) j--;
    const note = parseAttachmentNote(lines, j, bodyEnd);
    const noteEnd = note.line + note.text.split('\n').length;
    let k = noteEnd;
    while (k < bodyEnd && !isContent(lines[k])) k++;
    if (k === bodyEnd) {
      doc.attachmentNote = note;
      bodyEnd = j;
    }
    break;
  }

  // 正文. Lines of a fenced Markdown code block (``` or ~~~) are never headings.
  let fence = '';
  let notes = false;
  for (let j = i; j < bodyEnd; j++) {
    const line = lines[j];
    if (!isContent(line)) continue;
    doc.paragraphs.push(el('paragraph', line));
    const f = line.content[0] === '`' || line.content[0] === '~' ? /^(```|~~~)/.exec(line.content) : null;
    if (f) fence = fence ? (fence === f[1] ? '' : fence) : f[1];
    if (fence || f) continue;
    // 注释： ⏎ [1]本公报数据为……: after a notes label, bracketed numbers are footnotes, not headings.
    if (NOTES_LABEL.test(line.content)) notes = true;
    const h = parseHeading(line);
    if (h && !(notes && /^[\[［]/.test(h.marker.text))) doc.headings.push(h);
  }
  if (doc.paragraphs.length) doc.body = [doc.paragraphs[0].start, doc.paragraphs[doc.paragraphs.length - 1].end];

  // Attachments and 版记.
  let current: Attachment | undefined;
  for (let j = mainEnd; j < n; j++) {
    const line = lines[j];
    if (!isContent(line)) continue;
    const c = line.content;
    const label = ATTACHMENT_LABEL.exec(c);
    if (label) {
      current = { label: el('attachmentLabel', line), number: attachmentNumber(label[1]) };
      doc.attachments.push(current);
      continue;
    }
    if (COLOPHON_LABEL.test(c) || COLOPHON_LABEL_LOOSE.test(c)) {
      current = undefined;
      const kind: ElementKind = /^主送/.test(c) ? 'colophonRecipients' : /^(抄送|抄报|报送|分送|报|送)/.test(c) ? 'cc' : 'colophonOther';
      doc.colophon.push(el(kind, line));
      continue;
    }
    // (The costly IMPRINT_NO_SUFFIX only on a short line that ends as a date does: most lines end in 。.)
    if (c.length <= 80 && (IMPRINT.test(c) || (/[日0-9０-９]$/.test(c) && IMPRINT_NO_SUFFIX.test(c)))) {
      current = undefined;
      doc.colophon.push(el('imprint', line));
      continue;
    }
    if (SEPARATOR.test(c)) continue;
    if (current) {
      if (!current.title) current.title = el('attachmentTitle', line);
      continue;
    }
    // A wrapped 抄送 list continues the last colophon line: the next line, not past a blank line, while the list
    // has not ended with its 句号, and only a line of names (what follows a finished 版记 is not the 抄送).
    const last = doc.colophon[doc.colophon.length - 1];
    if (last && last.kind === 'cc' && !/^主题词/.test(c) && last.end === lines[j - 1]?.contentEnd && !/[。．.]$/.test(last.text) && c.length <= 80 && !/[。！？!?]./.test(c)) {
      last.end = line.contentEnd;
      last.text = text.slice(last.start, last.end);
    }
  }

  decide(doc);
  return doc;
}

/** Document offset of the i-th character of a title's joined text (an end offset stays on its line). */
function partsOffset(title: Title, i: number, asEnd: boolean): number {
  let rest = i;
  for (const p of title.parts) {
    const len = p.end - p.start;
    if (rest < len || (asEnd && rest === len)) return p.start + rest;
    rest -= len;
  }
  return title.end;
}

function nextContent(lines: Line[], from: number): Line | undefined {
  for (let j = from; j < lines.length; j++) if (isContent(lines[j])) return lines[j];
  return undefined;
}

/**
 * A 份号: six digits or a labelled number (份号：…, No.…); a bare short number ("1", "0001") only
 * when more 版头 follows, so that a stray number before the title is not taken for one.
 */
function isCopyNo(c: string, next: Line | undefined): boolean {
  if (/^[0-9]{6}$/.test(c) || /^(份号|No|NO)/.test(c)) return true;
  const nc = next?.content ?? '';
  return !!next && !next.mdHeading && (SECRECY.test(nc) || URGENCY.test(nc) || ISSUER_MARK.test(nc) || DOC_NO_LINE.test(nc));
}

/** Whether a short line has any letter or digit outside HTML comments (a title or 主送 of only marks is none). */
function hasWords(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c.replace(/<!--.*?-->/g, ''));
}

/** A leader's post at the end of a line (县长, 副市长, 局长, 书记, 主任, 同志). */
const ADDRESSEE_END = /(?:[省市县区州乡镇]长|局长|厅长|部长|处长|科长|院长|校长|主任|书记|同志)$/;

/**
 * 临江市人民政府 ⏎ 2025年3月8日, or two issuers on one line spaced apart above the date: a 署名 and its 成文日期,
 * which a fragment may open with; never a title.
 */
function signatureAboveDate(lines: Line[], i: number): boolean {
  const c = lines[i].content;
  if (c.length > 60 || /关于|[。，；：,;:]/.test(c) || !c.split(/[ \u3000]{2,}/).every((name) => name.length <= 30 && ORG_SUFFIX.test(name))) return false;
  const next = nextContent(lines, i + 1);
  return !!next && DATE_LINE.test(next.content);
}

/** A web page's line of metadata under the title: 发布时间：2025-06-10　来源：××局　浏览次数：1276. */
const WEB_META = /^(?:发布时间|发布日期|发文日期|来源|信息来源|文章来源|浏览次数|点击数|阅读次数|作者|字号)[ \u3000]*[:：](?:(?![。，；]).)*$/;

/** A 规范性文件 统一登记号 (YXDR-2012-00006, ZJSP01-2024-0003). */
const REGISTRATION = /^[A-Z]{2,8}[0-9]{0,2}[-－—][0-9]{4}[-－—][0-9]{3,8}$/;

/** What stands under a date as a 附注 or its like: bracketed, 此件……, a contact line, a short line. */
const NOTE_LIKE = /^[（(]|^(?:此件|本件|联系人|联系电话|联系方式|附件|抄送)|^.{0,20}$/;

/** A 附注 line: （联系人：……） or （此件公开发布）. */
const NOTE_LINE = /^[（(](?:联系人|联系电话|联系方式|此件|本件)[^\n]*[)）]$/;

/** A label that opens the notes at the end of a text (注释：, 注：, 说明：). */
const NOTES_LABEL = /^(?:注释|注|说明|附注)[ \u3000]*[:：]?$/;

/** Organisation names stacked line by line (up to four) above a line that is 文件 alone: a joint 版头. */
function stackedAboveFile(lines: Line[], i: number): boolean {
  for (let k = i + 1, seen = 0; k < lines.length && seen < 5; k++) {
    if (!isContent(lines[k])) continue;
    seen++;
    const c = lines[k].content;
    if (/^文[ \u3000]*件$/.test(c)) return true;
    if (c.length > 40 || !ORG_SUFFIX.test(c) || /[。，；：,;:]|关于/.test(c)) return false;
  }
  return false;
}

/** ××县人民政府办公室　　2025年7月2日印发: an issuing office, a gap and a date that ends in 印发. */
function isImprintLine(c: string): boolean {
  if (!c.endsWith('印发') && c.length <= 60 && IMPRINT_NO_SUFFIX.test(c)) return true;
  return c.endsWith('印发') && /^\S{2,40}?[ \t\u3000]{2,}(?:[0-9０-９]{2,4}|[〇零○ＯO一二三四五六七八九]{4})[ \u3000]*年.{1,12}印发$/.test(c);
}

function isTitleStart(line: Line): boolean {
  const c = line.content;
  // Even a Markdown heading is no title past this length (and title regexes stay cheap).
  if (c.length > MAX_TITLE_CHARS || !hasWords(c)) return false;
  if (line.mdHeading) return true;
  if (/[:：]$/.test(c)) return false;
  // (2016年12月10日……第一次会议通过): a 题注 or a note opens with a bracket; a title never does.
  if (/^[（(]/.test(c) && /通过|会议|年/.test(c)) return false;
  // 附件说明 and 版记 lines are never a title.
  if (ATTACHMENT_NOTE.test(c) || ATTACHMENT_LABEL.test(c) || /^附[ \u3000]*件[ \u3000]*[一二三四五六七八九十0-9０-９]{0,3}[ \u3000]*[:：]/.test(c) || COLOPHON_LABEL.test(c)) return false;
  if (parseHeading(line)) return false;
  if (DATE_LINE.test(c) || (c.length <= 20 && DATE_LOOSE.test(c)) || ORDINAL_LINE.test(c)) return false;
  // ××县人民政府办公室　　2025年7月2日印发: the 版记's imprint line, never a title.
  if (isImprintLine(c)) return false;
  // A line that ends in a leader's post (××县人民政府并××常务副县长) addresses someone: a 主送, never a title.
  if (ADDRESSEE_END.test(c) && !/关于/.test(c)) return false;
  // A closing or a salutation (妥否，请批示。 此致 敬礼) is the end of a draft, never its title.
  if (/^(?:此致|敬礼|特此|专此|此复|妥否|当否|以上(?:报告|请示|意见)|请(?!示)|盼复)/.test(c)) return false;
  // 市发展改革委、市财政局、市自然资源和规划局。: a list of bodies only (a 主送 being typed), never a title.
  if (isNameList(c)) return false;
  // A sentence with inner punctuation is a paragraph, not a title.
  // Half-width marks count too, so that fixing "," to "，" never changes what the line is.
  if (/[，。；,;]/.test(c.slice(0, -1)) && !looksLikeTitle(c)) return false;
  return true;
}

/**
 * ……关于××项目建议书 ⏎ 的批复: a line that ends in a document's name (建议书, 方案, 报告书) only looks like a
 * title with a non-statutory 文种; when the next line opens with 的 and ends in a statutory one, it goes on.
 */
function continuesAfterDocumentName(parts: Line[], next: Line): boolean {
  const s = parts.map((p) => p.content).join('');
  // (……办理人大代表建议 ⏎ 和政协提案工作规则的通知: a line that goes on with 和/及/与 continues the name, too.)
  return !matchGenreSuffix(s) && !!matchNonstatutorySuffix(s) && /^(?:的|和|及|与|暨|以及)/.test(next.content) && !!matchGenreSuffix(next.content.replace(/[。\s]+$/, ''));
}

function looksComplete(parts: Line[]): boolean {
  const s = parts.map((p) => p.content).join('').replace(/[。，；：！？.,;:!?、\s]+$/, '');
  // The answer to a deputy's 建议 or a member's 提案 (……第9号提案的答复) is titled 答复.
  return !!matchGenreSuffix(s) || !!matchNonstatutorySuffix(s) || /(?:提案|建议|议案)[^。，]{0,24}答复$/.test(s);
}

function canContinueTitle(line: Line): boolean {
  const c = line.content;
  if (line.mdHeading) return false;
  if (/[:：]$/.test(c) || c.length > 60 || !hasWords(c)) return false;
  if (parseHeading(line) || DATE_LINE.test(c) || ATTACHMENT_NOTE.test(c) || COLOPHON_LABEL.test(c)) return false;
  if (/[，。；,;]/.test(c.slice(0, -1))) return false;
  // Body paragraphs are indented; title lines are centred, so both start with spaces — judge by text only.
  return true;
}

/** Two or more organisation names joined by 、，；, with nothing else (and no 关于): a list of bodies. */
function isNameList(c: string): boolean {
  const bare = c.replace(/[，,。；;、:：]$/, '');
  if (bare.length > 80 || /关于/.test(bare)) return false;
  const parts = bare.split(/[；;，,、]/);
  return parts.length >= 2 && parts.every((p) => p.length >= 2 && p.length <= 30 && ORG_SUFFIX.test(p) && !/[。]/.test(p)) && !matchGenreSuffix(bare);
}

function isRecipientLine(lines: Line[], i: number): boolean {
  const line = lines[i];
  if (!isContent(line)) return false;
  const c = line.content;
  if (parseHeading(line) || c.length > 160 || !hasWords(c)) return false;
  if (/^(附件[ \u3000]*[0-9０-９一二三四五六七八九十]{0,3}|抄送|主送)[ \u3000]*[:：]/.test(c) || COLOPHON_LABEL.test(c) || LOOSE_CC.test(c)) return false;
  // An issuer's name with the date under it is a 署名, not a 主送 (a 主送 is followed by the 正文).
  if (!/[:：]$/.test(c) && signatureAboveDate(lines, i)) return false;
  // 请各县（市、区）于2024年4月30日前……报送市教育局、市财政局。: a request with a date is a sentence, never a 主送.
  if (/^(?:请|务必|务请)(?=各|你|贵|有关|相关|全|本|于|在|将|按)/.test(c) || /[0-9０-９]{1,4}[ \u3000]*[年月日]/.test(c)) return false;
  // "为……，现将有关事项通告如下：" opens the 正文 of a 通告, it is not a 主送机关.
  if (/[:：]$/.test(c)) return !/[。！？]/.test(c) && !/^(现将|现就|根据|依据|为了|为(?!民)|按照|经研究)/.test(c) && !/如下[:：]$/.test(c);
  if (recipientEnd(lines, i) > i) return true;
  // Without a colon: short, organisation-like, and followed by more text (recipient-colon flags the missing colon).
  const bare = c.replace(/[，,。；;、]$/, '');
  // 各县（市、区）人民政府；市政府各部门、各直属机构； — names only, joined or closed by the wrong marks (recipient-colon
  // says which): every part between 分号, 逗号 and the last mark names a body, and something follows.
  // A draft that so far holds only such a line (各乡镇人民政府，县直各单位) is a 主送 being typed, too.
  const parts = bare.split(/[；;，,]/);
  const names = parts.length >= 2 && bare.length <= 80 && parts.every((p) => p.length >= 2 && p.length <= 30 && ORG_SUFFIX.test(p) && !/[。]/.test(p)) && !line.mdHeading;
  const alone = !nextContent(lines, i + 1) && !lines.slice(0, i).some(isContent);
  if (names && ((/[；;。]/.test(c) && !!nextContent(lines, i + 1)) || alone)) return true;
  // 市发展改革委、市财政局、市自然资源和规划局。 typed alone: the same, with 顿号 between the names.
  if (alone && !line.mdHeading && isNameList(c)) return true;
  // 各村（社区）、镇直各单位、 as the last line so far: a list of bodies being typed ends in its separator, no sentence does.
  if (/[、，,]$/.test(c) && !nextContent(lines, i + 1) && bare.length <= 80 && ORG_SUFFIX.test(bare) && !/[。；;：:]/.test(bare) && !line.mdHeading) return true;
  // A sentence that ends in an organisation (经省人民政府批准，撤销青山镇，设立青山街道办事处。) is 正文, not a 主送.
  if (/[。]$/.test(c) && /[，,]/.test(bare)) return false;
  if (bare.length <= 40 && ADDRESSEE_END.test(bare) && !/[。；，,]/.test(bare) && !line.mdHeading) return true;
  const next = nextContent(lines, i + 1);
  // 交通运输部办公厅 ⏎ 关于印发……的通知 / ⏎ 厅科技字〔2012〕73号: an issuer's line over a title or a number, not a 主送.
  if (next && (DOC_NO_LINE.test(next.content) || (looksLikeTitle(next.content) && /关于|的(?:通知|请示|报告|批复|函|意见|决定|通报)$/.test(next.content)))) return false;
  return bare.length <= 40 && ORG_SUFFIX.test(bare) && !/[。；]/.test(bare) && !!next && !line.mdHeading;
}

/**
 * The last line of a 主送 list that starts at line i and wraps onto following lines: an
 * organisation-like first line without a colon, continued (no blank line) by lines without sentence
 * punctuation up to one that ends with a colon. Returns i when the list does not wrap.
 */
function recipientEnd(lines: Line[], i: number): number {
  const first = lines[i].content;
  if (/[:：]$/.test(first) || lines[i].mdHeading || first.length > 80 || /[。！？；!?;]/.test(first)) return i;
  if (!ORG_SUFFIX.test(first.replace(/[，,、；;]$/, ''))) return i;
  for (let j = i + 1; j < lines.length && j <= i + 4; j++) {
    const c = lines[j].content;
    // Half-width marks count too, so that fixing "!" to "！" never changes what the lines are.
    if (!isContent(lines[j]) || lines[j].mdHeading || c.length > 80 || /[。！？!?]/.test(c) || !hasWords(c) || parseHeading(lines[j])) return i;
    if (/^(现将|现就|根据|依据|为了|为|按照|经研究)/.test(c)) return i;
    if (/[:：]$/.test(c)) return /如下[:：]$/.test(c) ? i : j;
  }
  return i;
}

/** Whether the content lines straight above line k (to the first blank) start with an 附件说明 line. */
function isAttachmentNoteAbove(lines: Line[], k: number, from: number): boolean {
  for (let j = k - 1; j >= from && j >= k - 10 && isContent(lines[j]); j--) {
    if (ATTACHMENT_NOTE.test(lines[j].content)) return true;
  }
  return false;
}

function isSignatureLine(line: Line): boolean {
  const c = line.content;
  if (!isContent(line) || c.length > 40) return false;
  if (/[。，；：:！？、,;!?]/.test(c)) return false;
  // A closing formula that lost its full stop ("特此通知") is 正文, for the closing rules to see.
  if (/^(特此|专此|此复|妥否|当否|以上|请予|盼复|现予|现提请)/.test(c)) return false;
  if (parseHeading(line) || DATE_LINE.test(c)) return false;
  return true;
}

const ATTACHMENT_ITEM =
  /^((?:附件[ \u3000]*)?(?:[（(]([0-9０-９]{1,2})[)）][.．﹒、，,]?|([0-9０-９]{1,2})(?:[.．﹒、，,](?:(?=[0-9]{4}年)|(?![0-9０-９]))|[)）])|[①②③④⑤⑥⑦⑧⑨⑩]|([一二三四五六七八九十])[、.．]))[ \u3000]*/;

/**
 * How long a line of the 附件说明 is before its name can have wrapped to the next line: the 版心 holds 28 characters a
 * line (GB/T 9704 5.2.2), less the 附件： and its indent; drafts wrap by hand a little earlier.
 */
const WRAPPED_FROM = 16;

function parseAttachmentNote(lines: Line[], at: number, end: number): AttachmentNote {
  const first = lines[at];
  const m = /^附\s*(?:件\s*)?[:：]?[ \u3000]*/.exec(first.content)!;
  const label = { start: first.contentStart, end: first.contentStart + m[0].length, text: m[0] };
  const items: AttachmentItem[] = [];
  const pushItem = (line: Line, from: number) => {
    const s = line.content.slice(from - line.contentStart);
    if (!s) return;
    // "1." "1、" "（1）" "1)" "①" "附件1、": a number needs its mark, so "2024年度预算表" is a name, not item 20;
    // after the mark a digit may only start a year ("1.2023年度先进单位名单"), so "1.5万元" is no item.
    const mm = ATTACHMENT_ITEM.exec(s);
    if (mm && mm[0].length < s.length) {
      const digits = mm[2] ?? mm[3];
      const num = digits
        ? Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)))
        : mm[4] ? '一二三四五六七八九十'.indexOf(mm[4]) + 1 : '①②③④⑤⑥⑦⑧⑨⑩'.indexOf(mm[1].slice(-1)) + 1;
      items.push({
        number: num,
        marker: { start: from, end: from + mm[1].length, text: mm[1] },
        name: { start: from + mm[0].length, end: line.contentEnd, text: s.slice(mm[0].length) },
        line: line.index,
      });
    } else {
      items.push({ name: { start: from, end: line.contentEnd, text: s }, line: line.index });
    }
  };
  pushItem(first, label.end);
  let last = first;
  for (let j = at + 1; j < end; j++) {
    let line = lines[j];
    if (!isContent(line)) {
      // Blank-line noise between numbered items: the list goes on when the next number follows.
      let k = j;
      while (k < end && k - j < 3 && !isContent(lines[k])) k++;
      const prev = items[items.length - 1];
      const mm = k < end && isContent(lines[k]) ? ATTACHMENT_ITEM.exec(lines[k].content) : null;
      const num = mm ? Number((mm[2] ?? mm[3] ?? '').replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : NaN;
      if (!prev || prev.number === undefined || num !== prev.number + 1) break;
      j = k;
      line = lines[k];
    }
    if (ATTACHMENT_ITEM.test(line.content) && !ATTACHMENT_LABEL.test(line.content)) {
      pushItem(line, line.contentStart);
      last = line;
    } else if (items.length && line.raw.length > line.content.length && !/[：:。！？；;]|[，,]$/.test(line.content) && line.content.length <= 40) {
      // A line aligned under the previous one (a line with a colon or a sentence mark is none): a wrapped name when the
      // line above ran out of room; under a short one (附件：用人单位报名表) it is a second item, unnumbered.
      if (last.content.length >= WRAPPED_FROM) {
        const it = items[items.length - 1];
        it.name = { start: it.name.start, end: line.contentEnd, text: it.name.text + line.content };
      } else pushItem(line, line.contentStart);
      last = line;
    } else break;
  }
  return {
    kind: 'attachmentNote',
    start: first.contentStart,
    end: last.contentEnd,
    text: lines.slice(at, last.index + 1).map((l) => l.content).join('\n'),
    line: at,
    label,
    items,
  };
}

/** A title that starts with an issuing organisation's name (某某局…, 青山市人民政府…). */
const ISSUER_PREFIX = /^[\u4e00-\u9fff×○〇]{2,}?(人民政府|政府|委员会|党委|党组|办公厅|办公室|局|厅|委|院|中心|公司|集团|学校|大学|学院|街道|乡|镇|社区|县|市|省)/;

/** Weighs the evidence: is this a 公文? */
function decide(doc: GongwenDocument): void {
  const ev = doc.evidence;
  let score = 0;
  const title = doc.title?.text.replace(/[。，；：！？.,;:!?、\s]+$/, '') ?? '';
  if (title) {
    if (matchGenreSuffix(title)) { score += 2; ev.push('title-genre'); }
    else if (matchNonstatutorySuffix(title)) {
      // "使用说明" "开发计划" head many READMEs: a 总结/计划/说明 title only counts fully when an
      // organisation issues it ("某某局2024年工作总结") or it has 关于.
      score += 1;
      ev.push('title-nonstatutory');
      if (ISSUER_PREFIX.test(title)) { score += 1; ev.push('title-issuer'); }
    }
    if (/关于/.test(title)) { score += 1; ev.push('title-guanyu'); }
    if (/请示报告|报告请示/.test(title)) { score += 1; ev.push('title-doubled'); }
  }
  if (doc.header.docNos.length) { score += 2; ev.push('docno'); }
  if (doc.header.issuerMarks.length) { score += 1; ev.push('issuer-mark'); }
  if (doc.recipients && /[:：]$/.test(doc.recipients.text)) { score += 1; ev.push('recipients'); }
  // A partial date (2024年3月) closes many an essay: only a full 成文日期 is evidence of a 公文.
  if (doc.date && DATE_LINE.test(doc.date.text)) { score += 1; ev.push('date'); }
  if (doc.colophon.length) { score += 1; ev.push('colophon'); }
  if (/(特此(通知|报告|函告|通告|公告|通报|批复|请示)|妥否|当否|请批示|此复|收悉)/.test(lastParagraphs(doc))) { score += 1; ev.push('closing'); }
  // A Markdown README with "## 关于" headings is not a 公文: require more than a 关于.
  doc.isGongwen = score >= 2;
}

function lastParagraphs(doc: GongwenDocument): string {
  return doc.paragraphs.slice(-3).map((p) => p.text).join('');
}

export type { Heading };
