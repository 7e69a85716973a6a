import { t } from '../../messages';
import type { ReportInput, RuleDefinition } from '../types';
import { mergedFixes, type Edit, issuedBefore2012 } from './shared';

const LABEL = /^附([ \u3000]*)件([ \u3000]*)([:：]?)([ \u3000]*)$/;
const TRAILING = /[。．.；;，,、：:]+$/;
/** "附件如文" "附件3件" "附件：略": no names listed. */
const VAGUE_NAME = /^(?:如文|如件|见附件|略|[0-9０-９一二三四五六七八九十]+[件份])$/;
const VAGUE_PARAGRAPH = /^附[ \u3000]*件[ \u3000]*[:：]?[ \u3000]*(?:如文|[0-9０-９一二三四五六七八九十]+[件份])[。.]?$/;

/** 附件：××县……, a 附件说明 with its name (not a bare 附件/附件1 label, not a file link). */
/** A later item of a note, or a blank line between them: 　　　2. ××评分表. */
const NOTE_ITEM_LINE = /^[ \u3000\t]*(?:[0-9０-９]{1,2}[.．、]|$)/;
const AFTER_DATE_NOTE = /^附[ \u3000]*件[ \u3000]*[:：][ \u3000]*(?![ \u3000]*$)(?!.*\.(?:docx?|xlsx?|pdf|wps|zip|rar|ofd)$).{2,}$/i;

interface Pending {
  report: Omit<ReportInput, 'fix'>;
  edit?: Edit;
}

export const attachmentNoteFormat: RuleDefinition = {
  meta: {
    id: 'attachment-note-format',
    title: '附件说明格式',
    description:
      '附件说明写作“附件：”加附件名称（全角冒号）；多个附件用阿拉伯数字加下脚点标注顺序号（“附件：1.××”）；附件名称后不加标点符号。不可只写“附件如文”“附件×件”。',
    category: 'body',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.4；条例第九条（十）',
    defaultSeverity: 'error',
    fixable: true,
    certainFix: { changes: '“附件”后用全角冒号，旧写法“附：”改为“附件：”，序号用下脚点，名称后删去标点', han: '件' },
    hasSuggestions: true,
  },
  check(ctx) {
    const { doc, text } = ctx;
    const pending: Pending[] = [];
    // "附件如文" is not parsed as a 附件说明 (it has no colon): look for it where the note belongs.
    // (The lines just above the 成文日期 too: 附件如文 over the issuer's name is read into the signature block.)
    const vague: Array<{ start: number; end: number; text: string }> = doc.paragraphs.slice(-3);
    if (doc.date) for (let l = Math.max(0, doc.date.line - 3); l < doc.date.line; l++) {
      const line = doc.lines[l];
      const inNote = doc.attachmentNote && line.contentStart >= doc.attachmentNote.start && line.contentStart < doc.attachmentNote.end;
      if (!inNote && !vague.some((v) => v.start === line.contentStart)) vague.push({ start: line.contentStart, end: line.contentEnd, text: line.content });
    }
    for (const p of vague) {
      if (p.text.startsWith('附') && VAGUE_PARAGRAPH.test(p.text)) {
        pending.push({ report: { range: [p.start, p.end], message: t('attachment-note-format.vague', { found: p.text }), severity: 'info' } });
      }
    }
    const note = doc.attachmentNote;
    // 附件：名称 as the last line, under the 成文日期 with no attachment after it: the 附件说明 belongs under the 正文,
    // above the signature (GB/T 9704 7.3.4). (附件： on its own line over the attachment's text is its label.)
    if (!note && doc.date) {
      let last = doc.lines.length - 1;
      while (last > doc.date.line && !doc.lines[last].content.trim()) last--;
      // The note's first line (附件：1.××), then only its numbered items (2.××) down to the end.
      let head = last;
      while (head > doc.date.line + 1 && NOTE_ITEM_LINE.test(doc.lines[head].content) && last - head < 12) head--;
      const c = doc.lines[head].content;
      if (head > doc.date.line && head <= doc.date.line + 2 && AFTER_DATE_NOTE.test(c)) {
        const line = doc.lines[head];
        pending.push({ report: { range: [line.contentStart, line.contentEnd], message: t('attachment-note-format.afterDate', { found: c }), severity: 'warning' } });
      }
    }
    if (note) {
      // 附：×× (the label of older documents): GB/T 9704-2012 7.3.4 writes 附件：; a hint in a document issued before it.
      const old = /^附[ \u3000]*[:：][ \u3000]*$/.exec(note.label.text);
      if (old) {
        const core = note.label.text.trimEnd();
        pending.push({
          report: { range: [note.label.start, note.label.start + core.length], message: t('attachment-note-format.oldLabel', { found: core }), severity: issuedBefore2012(doc) ? 'info' : 'warning' },
          edit: { start: note.label.start, end: note.label.start + core.length, text: '附件：' },
        });
      }
      const l = LABEL.exec(note.label.text);
      if (l) {
        const colon = l[3];
        if (colon !== '：' || l[1] || l[2]) {
          // 附件：, or 附件 with a space where the colon belongs.
          const core = colon ? `附${l[1]}件${l[2]}${colon}` : `附${l[1]}件`;
          const fixed = '附件：';
          // Without a colon, the spaces that stood for it go too ("附件 1.××" → "附件：1.××").
          const end = colon ? note.label.start + core.length : note.label.end;
          pending.push({
            report: {
              range: [note.label.start, note.label.start + core.length],
              message: t(colon === '：' ? 'attachment-note-format.labelSpaced' : colon ? 'attachment-note-format.halfColon' : 'attachment-note-format.noColon', { found: core }),
              severity: colon === '：' ? 'warning' : 'error',
            },
            edit: { start: note.label.start, end, text: fixed },
          });
        }
      }
      const items = note.items;
      // 关于印发《××办法》的通知 ⏎ 附件：××办法: what a 印发/转发 notice carries is its 正件, not an attachment. Published
      // notices list it so now and then (财政部, 2001): a hint.
      const carried = /(?:印发|转发|批转)《?([^《》]{4,}?)》?的通知$/.exec(doc.title?.text ?? '');
      if (carried) {
        const name = carried[1].replace(/[\s\u3000]/g, '');
        const it = items.find((x) => {
          const n = x.name.text.replace(/[《》\s\u3000。．.；;，,、：:]/g, '');
          return n.length >= 4 && (n === name || name.endsWith(n));
        });
        if (it) pending.push({ report: { range: [it.name.start, it.name.end], message: t('attachment-note-format.carried', { found: it.name.text }), severity: 'info' } });
      }
      items.forEach((it, i) => {
        if (VAGUE_NAME.test(it.name.text)) {
          pending.push({ report: { range: [it.name.start, it.name.end], message: t('attachment-note-format.vague', { found: it.name.text }), severity: 'info' } });
          return;
        }
        if (items.length === 1 && it.marker) {
          const m = it.marker;
          pending.push({
            report: {
              range: [m.start, m.end],
              message: t('attachment-note-format.singleNumbered', { found: m.text }),
              severity: 'info',
              suggestions: [{ title: t('attachment-note-format.removeNumber', { found: m.text }), fix: { range: [m.start, it.name.start], text: '' } }],
            },
          });
        } else if (items.length > 1 && it.marker && it.number) {
          const m = it.marker;
          // (1﹒, with the small full stop of some typesetting, looks the same as 1.: not reported.)
          if (m.text !== `${it.number}.` && m.text !== `${it.number}．` && m.text !== `${it.number}﹒`) {
            const fixed = `${it.number}.`;
            // 一、 → 1.: a numeral of words rewritten is offered, not applied in bulk (fix-all changes no Chinese character
            // of a name or number).
            const words = /[一二三四五六七八九十]/.test(m.text);
            pending.push({
              report: {
                range: [m.start, m.end],
                message: t('attachment-note-format.numbering', { found: m.text, fixed }),
                severity: 'warning',
                suggestions: words ? [{ title: t('attachment-note-format.renumber', { fixed }), fix: { range: [m.start, m.end], text: fixed } }] : undefined,
              },
              edit: words ? undefined : { start: m.start, end: m.end, text: fixed },
            });
          }
        } else if (items.length > 1 && !it.marker) {
          const fixed = `${i + 1}.`;
          pending.push({
            report: {
              range: [it.name.start, it.name.end],
              message: t('attachment-note-format.unnumbered', { found: it.name.text, fixed }),
              severity: 'warning',
              suggestions: [{ title: t('attachment-note-format.addNumber', { fixed }), fix: { range: [it.name.start, it.name.start], text: fixed } }],
            },
          });
        }
        // 附件：《检查表》: GB/T 9704 7.3.6 writes the attachment's name bare; published notes sometimes wrap it in 《》: a hint.
        const booked = /^《([^《》]+)》$/.exec(it.name.text.replace(TRAILING, ''));
        if (booked) {
          const inner = booked[1];
          pending.push({
            report: {
              range: [it.name.start, it.name.start + inner.length + 2],
              message: t('attachment-note-format.bookMarks', { found: `《${inner}》`, name: inner }),
              severity: 'info',
              suggestions: [{ title: t('attachment-note-format.removeBookMarks', { name: inner }), fix: { range: [it.name.start, it.name.start + inner.length + 2], text: inner } }],
            },
          });
        }
        const tail = TRAILING.exec(it.name.text);
        if (tail && tail.index > 0) {
          const start = it.name.end - tail[0].length;
          pending.push({
            report: { range: [start, it.name.end], message: t('attachment-note-format.trailing', { found: tail[0], name: it.name.text.slice(0, tail.index) }), severity: 'error' },
            edit: { start, end: it.name.end, text: '' },
          });
        }
      });
    }
    // 附件一：××表 / 附件二：××表 where the 附件说明 belongs: each attachment labelled on its own line with a Chinese numeral.
    for (const p of ctx.doc.paragraphs) {
      const m = /^附[ \u3000]*件([一二三四五六七八九十]{1,3})[ \u3000]*[:：][ \u3000]*\S/.exec(p.text);
      if (!m) continue;
      const label = p.text.slice(0, p.text.indexOf(m[1]) + m[1].length);
      pending.push({ report: { range: [p.start, p.start + label.length], message: t('attachment-note-format.chineseLabel', { found: label }), severity: 'warning' } });
    }
    const withEdits = pending.filter((p) => p.edit);
    const fixes = mergedFixes(text, withEdits.map((p) => p.edit!));
    const fixOf = new Map(withEdits.map((p, i) => [p, fixes[i]]));
    for (const p of pending) ctx.report({ ...p.report, fix: fixOf.get(p) });
  },
};
