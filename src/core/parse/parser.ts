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
  ISSUER_MARK, ORG_SUFFIX, SECRECY, SEPARATOR, SIGNER, URGENCY,
} from './patterns';
import { findQuotedRanges } from './quotes';

const MAX_TITLE_LINES = 4;
const MAX_TITLE_CHARS = 120;

function el(kind: ElementKind, line: Line): Element {
  return { kind, start: line.contentStart, end: line.contentEnd, text: line.content, line: line.index };
}

function isContent(line: Line): boolean {
  return !line.blank && !line.comment;
}

function endsLikeSentence(s: string): boolean {
  return /[。！？；;]$/.test(s);
}

function looksLikeTitle(s: string): boolean {
  const bare = s.replace(/[。，；：！？.,;:!?、\s]+$/, '');
  return !!matchGenreSuffix(bare) || !!matchNonstatutorySuffix(bare) || /关于/.test(bare);
}

export function parse(text: string): GongwenDocument {
  const lines = splitLines(text);
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
    quoted: findQuotedRanges(text),
    isGongwen: false,
    evidence: [],
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
    if (COPY_NO.test(c) && doc.header.elements.length < 3 && !doc.header.docNos.length) kind = 'copyNo';
    else if (SECRECY.test(c) && c.length <= 20) kind = 'secrecy';
    else if (URGENCY.test(c)) kind = 'urgency';
    else if (DOC_NO_LINE.test(c) && c.length <= 60) kind = 'docNo';
    else if (SIGNER.test(c) && c.length <= 40) kind = 'signer';
    else if (SEPARATOR.test(c)) kind = 'separator';
    else if (ISSUER_MARK.test(c) && !/[。，；：]/.test(c)) kind = 'issuerMark';
    else if (next && DOC_NO_LINE.test(next.content) && c.length <= 40 && !/[。，；：:]/.test(c) && !looksLikeTitle(c)) kind = 'issuerMark';
    if (!kind) break;
    const e = el(kind, line);
    doc.header.elements.push(e);
    if (kind === 'copyNo') doc.header.copyNo = e;
    else if (kind === 'secrecy') doc.header.secrecy = e;
    else if (kind === 'urgency') doc.header.urgency = e;
    else if (kind === 'issuerMark') doc.header.issuerMarks.push(e);
    else if (kind === 'docNo') {
      doc.header.docNos.push(e);
      // 上行文: "×发〔2024〕5号　　签发人：张三" on one line.
      const s = /[\s\u3000]+(签发人[:：\s\u3000].*)$/.exec(c);
      if (s) {
        const at = line.contentStart + s.index + s[0].length - s[1].length;
        doc.header.signer = { kind: 'signer', start: at, end: line.contentEnd, text: s[1], line: line.index };
      }
    } else if (kind === 'signer') doc.header.signer = e;
    i++;
  }

  // 标题 (one or several lines).
  skipBlank();
  const first = lines[i];
  if (first && !first.mdHeading && COLOPHON_LABEL.test(first.content)) {
    // A document that starts with its 版记 has no title.
  } else if (first && isTitleStart(first)) {
    const parts: Line[] = [first];
    let total = first.content.length;
    let j = i + 1;
    while (
      j < n && parts.length < MAX_TITLE_LINES && isContent(lines[j]) &&
      !looksComplete(parts) && canContinueTitle(lines[j]) && total + lines[j].content.length <= MAX_TITLE_CHARS
    ) {
      parts.push(lines[j]);
      total += lines[j].content.length;
      j++;
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
    i = last.index + 1;
    skipBlank();
    // （××××年×月×日××会议通过） under a 决议 title, or a 令号.
    if (i < n && /^[（(].{4,60}[)）]$|^第[0-9一二三四五六七八九十百]+号$/.test(lines[i].content)) {
      doc.subtitle = el('subtitle', lines[i]);
      i++;
      skipBlank();
    }
  }

  // 主送机关.
  if (i < n && isRecipientLine(lines, i)) {
    doc.recipients = el('recipients', lines[i]);
    i++;
  }

  // Tail: 版记 and attachments come after the 成文日期; find where the main part ends.
  let mainEnd = n; // exclusive line index
  for (let j = i; j < n; j++) {
    const c = lines[j].content;
    if (!isContent(lines[j])) continue;
    if (ATTACHMENT_LABEL.test(c) && hasDateBefore(lines, i, j)) { mainEnd = j; break; }
    if ((COLOPHON_LABEL.test(c) || COLOPHON_LABEL_LOOSE.test(c)) && j > i) { mainEnd = j; break; }
    if (IMPRINT.test(c) && /[0-9]{2,4}\s*年|[0-9]{4}[.\-/]/.test(c) && j > i) { mainEnd = j; break; }
  }
  // Separator lines just above the 版记 belong to it.
  while (mainEnd > i && (!isContent(lines[mainEnd - 1]) || SEPARATOR.test(lines[mainEnd - 1].content))) mainEnd--;

  // 成文日期: the last date-only line of the main part.
  let dateLine = -1;
  for (let j = mainEnd - 1; j >= i; j--) {
    if (isContent(lines[j]) && DATE_LINE.test(lines[j].content)) { dateLine = j; break; }
  }
  let bodyEnd = mainEnd;
  if (dateLine >= 0) {
    doc.date = el('date', lines[dateLine]);
    // 署名: short lines straight above the date.
    let j = dateLine - 1;
    while (j >= i && !isContent(lines[j])) j--;
    const sigs: Element[] = [];
    while (j >= i && sigs.length < 3 && isSignatureLine(lines[j])) {
      sigs.unshift(el('signature', lines[j]));
      j--;
    }
    doc.signatures = sigs;
    bodyEnd = sigs.length ? sigs[0].line : dateLine;
    // 附注 and anything else after the date, before the 版记.
    for (let k = dateLine + 1; k < mainEnd; k++) {
      if (!isContent(lines[k])) continue;
      doc.notes.push(el('note', lines[k]));
    }
  }

  // 附件说明.
  for (let j = i; j < bodyEnd; j++) {
    const line = lines[j];
    if (!isContent(line) || !ATTACHMENT_NOTE.test(line.content) || ATTACHMENT_LABEL.test(line.content)) continue;
    doc.attachmentNote = parseAttachmentNote(lines, j, bodyEnd);
    bodyEnd = j;
    break;
  }

  // 正文.
  for (let j = i; j < bodyEnd; j++) {
    const line = lines[j];
    if (!isContent(line)) continue;
    doc.paragraphs.push(el('paragraph', line));
    const h = parseHeading(line);
    if (h) doc.headings.push(h);
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
      current = { label: el('attachmentLabel', line), number: label[1] ? Number(label[1].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : undefined };
      doc.attachments.push(current);
      continue;
    }
    if (COLOPHON_LABEL.test(c) || COLOPHON_LABEL_LOOSE.test(c)) {
      current = undefined;
      const kind: ElementKind = /^主送/.test(c) ? 'colophonRecipients' : /^(抄送|抄报|报送|分送|报|送)/.test(c) ? 'cc' : 'colophonOther';
      doc.colophon.push(el(kind, line));
      continue;
    }
    if (IMPRINT.test(c) && c.length <= 80) {
      current = undefined;
      doc.colophon.push(el('imprint', line));
      continue;
    }
    if (SEPARATOR.test(c)) continue;
    if (current) {
      if (!current.title) current.title = el('attachmentTitle', line);
      continue;
    }
    // A wrapped 抄送 list continues the last colophon line.
    const last = doc.colophon[doc.colophon.length - 1];
    if (last && last.kind === 'cc') {
      last.end = line.contentEnd;
      last.text = text.slice(last.start, last.end);
    }
  }

  decide(doc);
  return doc;
}

function nextContent(lines: Line[], from: number): Line | undefined {
  for (let j = from; j < lines.length; j++) if (isContent(lines[j])) return lines[j];
  return undefined;
}

function isTitleStart(line: Line): boolean {
  const c = line.content;
  if (line.mdHeading) return true;
  if (c.length > MAX_TITLE_CHARS) return false;
  if (/[:：]$/.test(c)) return false;
  if (parseHeading(line)) return false;
  if (DATE_LINE.test(c)) return false;
  // A sentence with inner punctuation is a paragraph, not a title.
  if (/[，。；]/.test(c.slice(0, -1)) && !looksLikeTitle(c)) return false;
  return true;
}

function looksComplete(parts: Line[]): boolean {
  const s = parts.map((p) => p.content).join('').replace(/[。，；：！？.,;:!?、\s]+$/, '');
  return !!matchGenreSuffix(s) || !!matchNonstatutorySuffix(s);
}

function canContinueTitle(line: Line): boolean {
  const c = line.content;
  if (line.mdHeading) return false;
  if (/[:：]$/.test(c) || c.length > 60) return false;
  if (parseHeading(line) || DATE_LINE.test(c)) return false;
  if (/[，。；]/.test(c.slice(0, -1))) return false;
  // Body paragraphs are indented; title lines are centred, so both start with spaces — judge by text only.
  return true;
}

function isRecipientLine(lines: Line[], i: number): boolean {
  const line = lines[i];
  if (!isContent(line)) return false;
  const c = line.content;
  if (parseHeading(line) || c.length > 160) return false;
  if (/^(附件|抄送|主送)[:：]/.test(c)) return false;
  if (/[:：]$/.test(c)) return !/[。！？]/.test(c) && !/^(现将|根据|为了|按照|经研究)/.test(c);
  // Without a colon: short, organisation-like, and followed by more text (recipient-colon flags the missing colon).
  const bare = c.replace(/[，,。；;]$/, '');
  return bare.length <= 40 && ORG_SUFFIX.test(bare) && !/[。；]/.test(bare) && !!nextContent(lines, i + 1) && !line.mdHeading;
}

function isSignatureLine(line: Line): boolean {
  const c = line.content;
  if (!isContent(line) || c.length > 40) return false;
  if (/[。，；：:！？、]/.test(c)) return false;
  if (parseHeading(line) || DATE_LINE.test(c)) return false;
  return true;
}

function hasDateBefore(lines: Line[], from: number, to: number): boolean {
  for (let j = to - 1; j >= from; j--) if (isContent(lines[j]) && DATE_LINE.test(lines[j].content)) return true;
  return false;
}

function parseAttachmentNote(lines: Line[], at: number, end: number): AttachmentNote {
  const first = lines[at];
  const m = /^附\s*件\s*[:：]?[ \u3000]*/.exec(first.content)!;
  const label = { start: first.contentStart, end: first.contentStart + m[0].length, text: m[0] };
  const items: AttachmentItem[] = [];
  const pushItem = (line: Line, from: number) => {
    const s = line.content.slice(from - line.contentStart);
    if (!s) return;
    const mm = /^([（(]?([0-9０-９]{1,2})[)）]?[.．、，,]?|[①②③④⑤⑥⑦⑧⑨⑩])[ \u3000]*/.exec(s);
    if (mm && mm[0].length < s.length) {
      const num = mm[2] ? Number(mm[2].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))) : '①②③④⑤⑥⑦⑧⑨⑩'.indexOf(mm[1]) + 1;
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
    const line = lines[j];
    if (!isContent(line)) break;
    if (/^[（(]?[0-9０-９]{1,2}[)）]?[.．、，,]|^[①②③④⑤⑥⑦⑧⑨⑩]/.test(line.content)) {
      pushItem(line, line.contentStart);
      last = line;
    } else if (items.length && line.raw.length > line.content.length && !endsLikeSentence(line.content) && line.content.length <= 40) {
      // A wrapped attachment name aligned under the previous one.
      const it = items[items.length - 1];
      it.name = { start: it.name.start, end: line.contentEnd, text: it.name.text + line.content };
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

/** Weighs the evidence: is this a 公文? */
function decide(doc: GongwenDocument): void {
  const ev = doc.evidence;
  let score = 0;
  const title = doc.title?.text.replace(/[。，；：！？.,;:!?、\s]+$/, '') ?? '';
  if (title) {
    if (matchGenreSuffix(title)) { score += 2; ev.push('title-genre'); }
    else if (matchNonstatutorySuffix(title)) { score += 2; ev.push('title-nonstatutory'); }
    if (/关于/.test(title)) { score += 1; ev.push('title-guanyu'); }
    if (/请示报告|报告请示/.test(title)) { score += 1; ev.push('title-doubled'); }
  }
  if (doc.header.docNos.length) { score += 2; ev.push('docno'); }
  if (doc.header.issuerMarks.length) { score += 1; ev.push('issuer-mark'); }
  if (doc.recipients && /[:：]$/.test(doc.recipients.text)) { score += 1; ev.push('recipients'); }
  if (doc.date) { score += 1; ev.push('date'); }
  if (doc.colophon.length) { score += 1; ev.push('colophon'); }
  if (/(特此(通知|报告|函告|通告|公告|通报|批复|请示)|妥否|当否|请批示|此复|收悉)/.test(lastParagraphs(doc))) { score += 1; ev.push('closing'); }
  // A Markdown README with "## 关于" headings is not a 公文: require more than a 关于.
  doc.isGongwen = score >= 2;
}

function lastParagraphs(doc: GongwenDocument): string {
  return doc.paragraphs.slice(-3).map((p) => p.text).join('');
}

export type { Heading };
