import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { replaceFix, issuedBefore2012 } from './shared';
import { ATTACHMENT_LABEL, attachmentNumber } from '../../parse/patterns';

/** What a name is compared by: no spaces, no 书名号 or quotes, no trailing punctuation. */
function norm(s: string): string {
  // ……名录（共17项）: a count in brackets after the title says how long the list is, not what it is.
  return s.replace(/[\s\u3000《》〈〉“”"]/g, '').replace(/[。．.；;，,、：:]+$/, '').replace(/[（(](?:共|计|合计)?[0-9０-９一二三四五六七八九十百]+(?:项|个|家|人|名|条|处|所|件|份|张)[)）]$/, '');
}

/** How many characters two names share at their head. */
function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/** A title left out (……, （略）, 略): nothing to compare. */
const ELIDED = /^(?:[…⋯.。]+|[（(]?略[)）]?|[（(]?此处?略[)）]?)$/;

/** 附件3 / 附件三 named in a sentence (见附件3, 按附件2格式): the number, Arabic or Chinese. */
const BODY_REF = /附件([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})/g;

/** The 正文 pointing at its own attachment: （详见附件）, （见附件2）, 见附件1, 按附件2格式. */
const NOTE_NEEDED = /[（(](?:详见|见|参见)?附件(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?[)）]|(?:详见|参见|见|按照?|参照|填写|填报)附件(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?/;

/** 《……方案》（见附件2）, 《……表》（附件1）: the 正文 cites an attachment by its title. */
const CITED_REF = /《([^《》\n]{2,60})》[（(](?:见|详见|即)?附件([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?[)）]/g;

export const attachmentConsistency: RuleDefinition = {
  meta: {
    id: 'attachment-consistency',
    title: '附件与附件说明一致',
    description:
      '正文后所附附件的“附件”标识和顺序号、附件标题应当与附件说明的表述一致，顺序号从1连续编排；附件标识（“附件1”）单独成行，后面不加冒号。正文中提到的“附件N”不能超出附件说明所列的附件。',
    category: 'body',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.7、7.3.4',
    defaultSeverity: 'error',
    fixable: true,
    certainFix: { changes: '附件标识的序号改为阿拉伯数字，去掉冒号', han: '一二三四五六七八九十' },
    hasSuggestions: true,
  },
  check(ctx) {
    const { doc, text } = ctx;
    const note = doc.attachmentNote;
    const items = note?.items ?? [];

    // 附件说明 numbering: 1, 2, 3 … in order.
    if (items.length > 1) {
      items.forEach((it, i) => {
        if (it.number !== undefined && it.number !== i + 1 && it.marker) {
          ctx.report({
            range: [it.marker.start, it.marker.end],
            message: t('attachment-consistency.noteSequence', { found: it.marker.text, expected: i + 1 }),
          });
        }
      });
    }

    // 见附件3 in the 正文 when the 附件说明 lists two: the reference points at nothing.
    if (items.length && doc.body) {
      const [from, to] = doc.body;
      BODY_REF.lastIndex = from;
      for (let m = BODY_REF.exec(text); m && m.index < to; m = BODY_REF.exec(text)) {
        const n = attachmentNumber(m[1]);
        const start = m.index;
        const end = start + m[0].length;
        if (n === undefined || n <= items.length || end > to || ctx.isQuoted(start, end)) continue;
        // 《××办法》附件3, ……文件的附件2: another document's attachment.
        if (/(?:》|号|文件|通知|意见|办法|方案)的?$/.test(text.slice(Math.max(from, start - 4), start))) continue;
        // Inside the 附件说明 itself the numbers are its own business (noteSequence).
        if (note && start >= note.start && end <= note.end) continue;
        ctx.report({ range: [start, end], message: t('attachment-consistency.bodyRef', { found: m[0], count: items.length }), severity: 'warning' });
      }
    }

    // （详见附件）, 见附件2, 按附件1格式填报 in a 正文 with no 附件说明 and nothing attached after it: the note is missing.
    if (!note && !doc.attachments.length && doc.body && doc.title) {
      const [from, to] = doc.body;
      const m = NOTE_NEEDED.exec(text.slice(from, to));
      const start = m ? from + m.index + m[0].indexOf('附件') : -1;
      if (m && !ctx.isQuoted(start, start + 2) && !/(?:》|号|文件|通知|意见|办法|方案)的?$/.test(text.slice(Math.max(from, start - 4), start))) {
        const end = from + m.index + m[0].replace(/[)）]$/, '').length;
        // A hint: web copies of published documents drop the note and link the attachments instead.
        ctx.report({ range: [start, end], message: t('attachment-consistency.citedNoNote', { found: text.slice(start, end) }), severity: 'info' });
      }
    }

    // 请按照《……实施方案》（见附件）…… ⏎ 附件：……工作方案: the 正文 cites the attachment by one title, the note by another.
    if (items.length && doc.body) {
      const [from, to] = doc.body;
      const reported = new Set<number>();
      CITED_REF.lastIndex = from;
      for (let m = CITED_REF.exec(text); m && m.index < to; m = CITED_REF.exec(text)) {
        const n = m[2] ? attachmentNumber(m[2]) : items.length === 1 ? 1 : undefined;
        const it = n === undefined ? undefined : items.length === 1 && n === 1 ? items[0] : items.find((x, i) => (x.number ?? i + 1) === n);
        if (!it || reported.has(n!) || (note && m.index >= note.start)) continue;
        const cited = norm(m[1]);
        const name = norm(it.name.text);
        if (!cited || !name || ELIDED.test(it.name.text.trim()) || cited === name || name.includes(cited) || cited.includes(name)) continue;
        reported.add(n!);
        ctx.report({
          range: [it.name.start, it.name.end],
          message: t('attachment-consistency.citedMismatch', { cited: m[1], name: it.name.text.replace(/[。．.；;，,、：:]+$/, '') }),
          severity: 'warning',
        });
      }
    }

    // 关于印发《……森林防灭火工作方案》的通知 ⏎ 附件：……森林防火工作方案: the one document issued, named two ways.
    if (items.length === 1 && doc.title && note) {
      const issued = /(?:印发|转发|批转|发布)[^《]{0,6}《([^《》]{4,60})》/.exec(doc.title.text);
      const it = items[0];
      const name = norm(it.name.text);
      if (issued && name && !ELIDED.test(it.name.text.trim())) {
        const cited = norm(issued[1]);
        if (cited !== name && !name.includes(cited) && !cited.includes(name) && commonPrefix(cited, name) >= 4) {
          ctx.report({
            range: [it.name.start, it.name.end],
            message: t('attachment-consistency.noteVsTitle', { cited: issued[1], name: it.name.text.replace(/[。．.；;，,、：:]+$/, '') }),
            severity: 'warning',
            suggestions: [{ title: t('attachment-consistency.useTitleName'), fix: { range: [it.name.start, it.name.end], text: issued[1] } }],
          });
        }
      }
    }

    const atts = doc.attachments;
    // A draft that so far holds only attachment labels (附件1:, 附件一): their form is still checked.
    const labels = atts.length || doc.title ? atts : doc.paragraphs.filter((p) => ATTACHMENT_LABEL.test(p.text)).map((p) => ({ label: p, number: attachmentNumber(ATTACHMENT_LABEL.exec(p.text)![1]) }));
    // Labels: "附件1" alone on its line, no colon, half-width digits.
    for (const a of labels) {
      const l = a.label;
      const canonical = `附件${a.number ?? ''}`;
      if (l.text !== canonical) {
        const hasColon = /[:：]$/.test(l.text);
        ctx.report({
          range: [l.start, l.end],
          message: t(hasColon ? 'attachment-consistency.labelColon' : 'attachment-consistency.labelForm', { found: l.text, fixed: canonical }),
          fix: replaceFix(text, l.start, l.end, canonical),
          // GB/T 9704-2012 7.3.7 fixed the 附件 label's form; documents issued before it wrote 附件： freely: a hint.
          severity: issuedBefore2012(doc) ? 'info' : 'warning',
        });
      }
    }
    if (!atts.length) return;
    const first = atts[0].label;
    if (!note) {
      // A database's or a web page's copy prints 附件： over the attachments and drops the note: a warning there, and
      // for documents of the time before GB/T 9704—2012.
      ctx.report({ range: [first.start, first.end], message: t('attachment-consistency.noNote', { found: first.text }), severity: /[:：]$/.test(first.text) || issuedBefore2012(doc) ? 'warning' : undefined });
      return;
    }
    // Each attachment against the note item of the same number.
    const byNumber = new Map<number, (typeof items)[number]>();
    items.forEach((it, i) => byNumber.set(items.length === 1 ? 1 : it.number ?? i + 1, it));
    // Attachment labels are numbered 1..N in order (a label missing from the note is reported below).
    if (atts.length > 1) {
      atts.forEach((a, i) => {
        if (a.number !== i + 1 && byNumber.has(a.number ?? 1)) {
          ctx.report({
            range: [a.label.start, a.label.end],
            message: t('attachment-consistency.labelSequence', { found: a.label.text, expected: `附件${i + 1}` }),
          });
        }
      });
    }
    for (const a of atts) {
      const n = a.number ?? 1;
      const it = byNumber.get(n);
      if (!it) {
        ctx.report({ range: [a.label.start, a.label.end], message: t('attachment-consistency.notInNote', { found: a.label.text, count: items.length }) });
        continue;
      }
      if (!a.title || ELIDED.test(a.title.text.trim())) continue;
      const title = norm(a.title.text);
      const name = norm(it.name.text);
      // A long title may wrap onto a second line: the first line is then a prefix of the name; and a note may
      // name a forwarded document with its issuer (国土资源部关于……的报告) whose own title starts at 关于.
      if (!name || title === name || (name.startsWith(title) && title.length >= 4) || (name.includes(title) && title.length >= 8)) continue;
      ctx.report({
        range: [a.title.start, a.title.end],
        message: t('attachment-consistency.titleMismatch', { label: a.label.text, title: a.title.text, name: it.name.text.replace(/[。．.；;，,、：:]+$/, '') }),
        suggestions: [
          { title: t('attachment-consistency.useNoteName'), fix: { range: [a.title.start, a.title.end], text: it.name.text.replace(/[。．.；;，,、：:]+$/, '') } },
        ],
      });
    }
    // Items of the note that have no attachment after the body (only when some attachments are present).
    const numbers = new Set(atts.map((a) => a.number ?? 1));
    items.forEach((it, i) => {
      const n = items.length === 1 ? 1 : it.number ?? i + 1;
      if (!numbers.has(n)) {
        ctx.report({
          range: [it.name.start, it.name.end],
          message: t('attachment-consistency.missingAttachment', { name: it.name.text, label: items.length === 1 ? '附件' : `附件${n}` }),
          severity: 'warning',
        });
      }
    });
  },
};
