import { t } from '../../messages';
import type { Element } from '../../parse/model';
import type { Suggestion } from '../../types';
import type { RuleContext, RuleDefinition } from '../types';
import { closingParagraphs } from '../util';
import { closingFormula, isReplyLetter, REQUEST_FORMULA, sentencesOf, standardClosing } from './phrases';

/**
 * 此致 that ends its line (the salutation, alone or followed by 敬礼 on the same line), as a word of its
 * own: after the start of the line, a sentence mark or a space. 特此致函、在此致以敬意、由此致使 are not it.
 */
const CI_ZHI = /(?:^|(?<=[。！？!?；;，,\s\u3000]))此致(?:[\s\u3000，,、：:]*敬礼)?[！!。.]?$/;
/** A line that is only 敬礼 (the second line of the salutation). */
const JING_LI = /^敬礼[！!。.]?$/;

/** Where a salutation is found: the last paragraphs of the 正文, and what the parser may take a lone line for. */
function candidates(ctx: RuleContext): Element[] {
  const { doc } = ctx;
  const els = [...closingParagraphs(doc, 3), ...doc.signatures, ...doc.notes];
  return els.sort((a, b) => a.start - b.start);
}

/** The closings offered instead, for the document's genre (函: 特此函告/请予函复; 复函: 此复). */
function closingsFor(ctx: RuleContext): string[] {
  const g = ctx.genre;
  if (!g || g.doubled) return [];
  const id = g.genre.id;
  if (id === '函') return isReplyLetter(ctx.doc, g) ? ['此复。', '特此函复。'] : ['特此函告。', '请予函复。'];
  const s = standardClosing(id, ctx.doc, g);
  return s ? [s] : [];
}

/** Whether a sentence is already a closing of the document's genre (then the salutation only goes). */
function isOwnClosing(ctx: RuleContext, text: string): boolean {
  const g = ctx.genre;
  if (!g || g.doubled) return false;
  const id = g.genre.id;
  const f = closingFormula(text);
  if (f) return f.owners.includes(id);
  if (id === '请示' && REQUEST_FORMULA.test(text)) return true;
  if (id === '函' && /请予函复|盼复|为盼|此复/.test(text)) return true;
  return g.genre.closings.some((c) => {
    const bare = c.replace(/。$/, '');
    return bare.length > 0 && text.startsWith(bare);
  });
}

export const closingSalutation: RuleDefinition = {
  meta: {
    id: 'closing-salutation',
    title: '公文不用“此致敬礼”',
    description:
      '正文末尾用了书信的结束敬语“此致”“敬礼”（同一行或分两行，包括被当作署名的单独一行）。公文（包括函）不用书信格式的“此致敬礼”，' +
      '实务通常以本文种的结束语收尾：函用“特此函告。”“请予函复。”，复函用“此复。”，请示用“妥否，请批示。”。只提供候选修改（改为本文种结束语或删除），不自动修正；' +
      '引号、书名号内的文字和“特此致函”“在此致以……”等句中用法不报。',
    category: 'closing',
    basis: '实务',
    source: '实务（公文结束语；书信敬语不用于公文）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const { doc, text } = ctx;
    const els = candidates(ctx);
    if (!els.length) return;
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      let start: number;
      let end = el.end;
      let last = el;
      const m = CI_ZHI.exec(el.text);
      if (m) {
        start = el.start + m.index;
        // 此致 on its own line, 敬礼 on the next: one salutation, one finding.
        const next = els[i + 1];
        if (!/敬礼/.test(m[0]) && next && next.line > el.line && JING_LI.test(next.text) && !hasContentBetween(ctx, el, next)) {
          end = next.end;
          last = next;
          i++;
        }
      } else if (JING_LI.test(el.text)) {
        start = el.start;
      } else continue;
      if (ctx.isQuoted(start, end)) continue;
      const found = text.slice(start, end).replace(/\s+/g, ' ');
      report(start, end, el, last, found);
    }

    function report(start: number, end: number, first: Element, last: Element, found: string): void {
      const g = ctx.genre;
      const offered = closingsFor(ctx);
      // The closing zone without the salutation: is the genre's own closing already there?
      const before = sentencesOf(doc, closingParagraphs(doc, 4)).filter((s) => s.end <= start).slice(-3);
      const hasOwn = before.some((s) => isOwnClosing(ctx, s.text.trim()));
      const suggestions: Suggestion[] = [];
      // After the 成文日期 (a 附注 line) a closing has no place: the salutation only goes.
      if (!hasOwn && first.kind !== 'note') {
        for (const c of offered) suggestions.push({ title: t('closing-salutation.suggestReplace', { closing: c }), fix: { range: [start, end], text: c } });
      }
      suggestions.push({ title: t('closing-salutation.suggestDelete', { text: found }), fix: { range: deleteRange(start, end, first, last), text: '' } });
      const genreId = g && !g.doubled ? g.genre.id : undefined;
      const id = genreId === '函' && isReplyLetter(doc, g) ? '复函' : genreId;
      let advice: string;
      if (hasOwn && id) advice = t('closing-salutation.advice.hasOwn', { genre: id });
      else if (id && offered.length) advice = t('closing-salutation.advice.genre', { genre: id, closing: offered.map((c) => `“${c}”`).join('或') });
      else advice = t('closing-salutation.advice.none');
      ctx.report({ range: [start, end], message: t('closing-salutation.found', { found, advice }), suggestions });
    }

    /** Whole lines go with the line break before them; an inline 此致 (……。此致) only itself. */
    function deleteRange(start: number, end: number, first: Element, last: Element): [number, number] {
      const firstLine = doc.lines[first.line];
      const lastLine = doc.lines[last.line];
      if (start !== firstLine.contentStart) return [start, end];
      const prev = doc.lines[first.line - 1];
      const next = doc.lines[last.line + 1];
      if (prev) return [prev.end, lastLine.end];
      return [firstLine.start, next ? next.start : lastLine.end];
    }
  },
};

/** Whether a content line (not blank) stands between two elements: then 此致 and 敬礼 are not one salutation. */
function hasContentBetween(ctx: RuleContext, a: Element, b: Element): boolean {
  for (let l = a.line + 1; l < b.line; l++) {
    const line = ctx.doc.lines[l];
    if (!line.blank && !line.comment) return true;
  }
  return false;
}
