import { t } from '../../messages';
import type { GenreId } from '../../genres';
import type { Suggestion } from '../../types';
import type { RuleContext, RuleDefinition } from '../types';
import { closingFormula, closingZone, deletionRange, REQUEST_FORMULA, standardClosing } from './phrases';

/** Genres whose request closings are genre-report-contains-request's (条例第十五条（四）), or legitimate (函 may ask). */
const REQUEST_HANDLED_ELSEWHERE = new Set<GenreId>(['报告', '通报', '意见', '纪要', '函', '请示']);

/**
 * 现将《……方案》印发给你们……特此通报。: printing or forwarding a document is a 通知's work (条例第八条（九）), so a
 * text without a title that closes as a 通报 after 印发/转发……给你们 has the wrong closing.
 */
function printedAsBulletin(ctx: RuleContext): void {
  const printed = ctx.doc.paragraphs.find((p) => /(?:印发|转发|批转)给你们/.test(p.text));
  if (!printed) return;
  const zone = closingZone(ctx.doc, 2);
  for (const s of zone) {
    const m = /特此通报/.exec(s.text);
    if (!m) continue;
    const at = s.start + m.index;
    const range: [number, number] = [at, at + m[0].length];
    ctx.report({
      range,
      message: t('closing-mismatch.printed', { found: m[0] }),
      suggestions: [{ title: t('closing-mismatch.suggestReplace', { closing: '特此通知' }), fix: { range, text: '特此通知' } }],
    });
    return;
  }
}

export const closingMismatch: RuleDefinition = {
  meta: {
    id: 'closing-mismatch',
    title: '结束语与文种不符',
    description:
      '结束语属于另一文种：请示用“特此通知”“特此报告”，通知用“此复”，批复用“特此通知”等。实务中各文种有惯用结束语（请示“妥否，请批示。”，报告“特此报告。”，批复“此复。”）。' +
      '文种由标题或前置元数据确定时，自动改为本文种的标准结束语；本文已有本文种结束语的，删去多余的一句。' +
      '请示整体缺少请求语（如以“特此报告。”结尾）由 closing-request-required 报告并修正，报告等夹带请求语由 genre-report-contains-request 报告，这里不重复。',
    category: 'closing',
    basis: '实务',
    source: '实务（各文种惯用结束语）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    if (g?.source === 'content' && g.genre.id === '通报') printedAsBulletin(ctx);
    if (!g || g.source === 'content' || g.doubled) return;
    const id = g.genre.id;
    const zone = closingZone(ctx.doc, 3);
    if (!zone.length) return;
    // A 请示 that lacks a request formula altogether: closing-request-required reports its closing (one finding per fault).
    // When that rule replaces the last closing (特此通知 → 妥否，请批示。), the other foreign closings above it
    // are still ours, judged as if the request were already there, so that one fix pass settles the closing.
    let replacedLast: (typeof zone)[number] | undefined;
    if (id === '请示' && !zone.some((z) => REQUEST_FORMULA.test(z.text))) {
      const last = zone[zone.length - 1];
      const lastText = last.text.trim();
      const lf = closingFormula(lastText);
      if (!lf || lastText.replace(/[。！!，,\s]+$/, '') !== lf.text) return;
      replacedLast = last;
    }
    const standard = standardClosing(id, ctx.doc, g);
    const ownClosings = g.genre.closings.map((c) => c.replace(/。$/, ''));
    const isOwn = (text: string) => {
      const f = closingFormula(text);
      if (f) return f.owners.includes(id);
      return ownClosings.some((c) => c && text.startsWith(c)) || (id === '请示' && REQUEST_FORMULA.test(text));
    };
    // 此复。⏎ 特此批复。, 特此通知。特此通知。: the genre's own closing said twice; the second one goes. (特此请示。妥否，
    // 请批复。 is how many a 请示 is published, and 特此函复。此复。 a 复函's listed closing: left be.)
    let ownSeen = false;
    for (const s of id === '请示' || id === '函' ? [] : zone) {
      const lead = s.text.length - s.text.trimStart().length;
      const text = s.text.slice(lead);
      const f = closingFormula(text);
      if (!f || !f.owners.includes(id) || text.replace(/[。！!，,\s]+$/, '') !== f.text) continue;
      if (ownSeen && !ctx.isQuoted(s.start + lead, s.end)) {
        const p = ctx.doc.paragraphs.find((x) => x.start <= s.start && s.end <= x.end);
        const range: [number, number] = [s.start + lead, s.end];
        ctx.report({
          range,
          message: t('closing-mismatch.twice', { found: f.text, genre: id }),
          suggestions: [{ title: t('closing-mismatch.suggestDelete', { text: f.text }), fix: { range: p ? deletionRange(ctx.doc, { start: s.start, end: s.end }, p) : range, text: '' } }],
        });
        break;
      }
      ownSeen = true;
    }
    // 特此函告，请批复。: a 函 that asks for a 批复 or 批示 (a superior's answers) inside a closing of its own.
    if (id === '函') {
      for (const s of zone) {
        const lead = s.text.length - s.text.trimStart().length;
        const text = s.text.slice(lead);
        const f = closingFormula(text);
        if (f && f.owners.length === 1 && f.owners[0] === '请示') continue; // the loop below has it
        const m = /请(?:予)?(?:批示|批复|核示|审示)/.exec(text);
        if (!m || ctx.isQuoted(s.start + lead + m.index, s.start + lead + m.index + m[0].length)) continue;
        const range: [number, number] = [s.start + lead + m.index, s.start + lead + m.index + m[0].length];
        ctx.report({
          range,
          message: t('closing-mismatch.letterInstruction', { found: m[0] }),
          severity: 'warning',
          suggestions: ['请研究函复', '请予函复'].map((closing) => ({ title: t('closing-mismatch.suggestReplace', { closing }), fix: { range, text: closing } })),
        });
        break;
      }
    }
    // 以上请示，如无不妥，请批转……。 closing a 报告: the closing calls the text a 请示. (A 报告 may propose that it be
    // forwarded — 以上报告如无不妥，请批转各地执行 — so only the name is at fault.)
    if (id === '报告') {
      for (const s of zone) {
        const lead = s.text.length - s.text.trimStart().length;
        const m = /^以上请示(?=[，,。如妥当请])/.exec(s.text.slice(lead));
        if (!m) continue;
        const start = s.start + lead;
        const range: [number, number] = [start, start + m[0].length];
        if (ctx.isQuoted(range[0], range[1])) continue;
        ctx.report({
          range,
          message: t('closing-mismatch.selfNamed', { found: m[0], named: '请示', genre: id }),
          suggestions: [{ title: t('closing-mismatch.suggestReplace', { closing: '以上报告' }), fix: { range, text: '以上报告' } }],
        });
        break;
      }
    }
    // 请予审批 closing an 议案: an 议案 is put to a vote (提请审议), not approved by the body it goes to.
    if (id === '议案') {
      for (const s of zone) {
        const m = /请(?:予)?(?:审批|批准|批示|批复)/.exec(s.text);
        if (!m || ctx.isQuoted(s.start + m.index, s.start + m.index + m[0].length)) continue;
        const range: [number, number] = [s.start + m.index, s.start + m.index + m[0].length];
        ctx.report({ range, message: t('closing-mismatch.motion', { found: m[0] }), suggestions: [{ title: t('closing-mismatch.suggestReplace', { closing: '请予审议' }), fix: { range, text: '请予审议' } }] });
        break;
      }
    }
    for (const s of zone) {
      if (s === replacedLast) continue;
      const lead = s.text.length - s.text.trimStart().length;
      const text = s.text.slice(lead);
      const f = closingFormula(text);
      if (!f || f.owners.includes(id)) continue;
      const isRequest = f.owners.length === 1 && f.owners[0] === '请示' && !f.text.startsWith('特此');
      // A 函 may ask (请予批准, 请予函复), but 请批示 asks a superior for instructions: not between bodies that are
      // not under one another.
      if (isRequest && id === '函' && /请(?:予)?(?:批示|核示|审示)/.test(text) && !ctx.isQuoted(s.start + lead, s.end)) {
        const range: [number, number] = [s.start + lead, s.end];
        ctx.report({
          range,
          message: t('closing-mismatch.letterInstruction', { found: text.replace(/[。！!]+$/, '') }),
          severity: 'warning',
          suggestions: ['请研究函复。', '请予函复。'].map((closing) => ({ title: t('closing-mismatch.suggestReplace', { closing }), fix: { range, text: closing } })),
        });
        continue;
      }
      if (isRequest && REQUEST_HANDLED_ELSEWHERE.has(id)) continue;
      const start = s.start + lead;
      if (ctx.isQuoted(start, start + f.text.length)) continue;
      const owner = f.owners.join('或');
      // The formula with its punctuation: 特此报告， / 特此报告。
      const punct = /^[，,。！!；;\s]*/.exec(text.slice(f.text.length))![0];
      const rest = text.slice(f.text.length + punct.length);
      const others = !!replacedLast || zone.filter((z) => z !== s).some((z) => isOwn(z.text.trim()));
      const suggestions: Suggestion[] = [];
      if (rest.trim()) {
        // 特此报告，妥否，请批示。 in a 请示: the own closing follows; drop the foreign part.
        const range: [number, number] = [start, start + f.text.length + punct.length];
        if (isOwn(rest.trim())) {
          ctx.report({
            range: [start, start + f.text.length],
            message: t('closing-mismatch.redundant', { found: f.text, owner, genre: id }),
            suggestions: [{ title: t('closing-mismatch.suggestDelete', { text: text.slice(0, f.text.length + punct.length) }), fix: { range, text: '' } }],
          });
        } else if (standard?.startsWith('特此')) {
          // 特此通知，请各单位引以为戒。 in a 通报 → 特此通报，请各单位引以为戒。
          const word = standard.replace(/。$/, '');
          ctx.report({
            range: [start, start + f.text.length],
            message: t('closing-mismatch.replace', { found: f.text, owner, genre: id, closing: word }),
            suggestions: [{ title: t('closing-mismatch.suggestReplace', { closing: word }), fix: { range: [start, start + f.text.length], text: word } }],
          });
        } else if (standard) {
          ctx.report({
            range: [start, start + f.text.length],
            message: t('closing-mismatch.replace', { found: f.text, owner, genre: id, closing: standard }),
            suggestions: [{ title: t('closing-mismatch.suggestReplace', { closing: standard }), fix: { range: [start, s.end], text: standard } }],
          });
        }
        continue;
      }
      if (others) {
        ctx.report({
          range: [start, s.end],
          message: t('closing-mismatch.redundant', { found: f.text, owner, genre: id }),
          suggestions: [{ title: t('closing-mismatch.suggestDelete', { text }), fix: { range: deletionRange(ctx.doc, { start, end: s.end }, s.para), text: '' } }],
        });
        continue;
      }
      if (standard) {
        for (const c of g.genre.closings) {
          if (c !== standard && suggestions.length < 3 && /^(特此|此复|妥否|当否|以上请示|专此)/.test(c)) {
            suggestions.push({ title: t('closing-mismatch.suggestReplace', { closing: c }), fix: { range: [start, s.end], text: c } });
          }
        }
        ctx.report({
          range: [start, s.end],
          message: t('closing-mismatch.replace', { found: f.text, owner, genre: id, closing: standard }),
          // Which closing was meant is the drafter's call (the 文种 or the closing may be the slip): never applied in bulk.
          suggestions: [{ title: t('closing-mismatch.suggestReplace', { closing: standard }), fix: { range: [start, s.end], text: standard } }, ...suggestions],
        });
        continue;
      }
      suggestions.push({
        title: t('closing-mismatch.suggestDelete', { text: text }),
        fix: { range: deletionRange(ctx.doc, { start, end: s.end }, s.para), text: '' },
      });
      for (const c of g.genre.closings.slice(0, 2)) {
        suggestions.push({ title: t('closing-mismatch.suggestReplace', { closing: c }), fix: { range: [start, s.end], text: c } });
      }
      ctx.report({ range: [start, s.end], message: t('closing-mismatch.none', { found: f.text, owner, genre: id }), suggestions });
    }
  },
};
