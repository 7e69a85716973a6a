import { t } from '../../messages';
import type { Suggestion } from '../../types';
import { genreWordFix } from '../genre/title-tools';
import type { RuleDefinition } from '../types';
import { closingFormula, closingZone, indentOf, REQUEST_FORMULA } from './phrases';

const OFFERED = ['妥否，请批示。', '当否，请批复。'];

export const closingRequestRequired: RuleDefinition = {
  meta: {
    id: 'closing-request-required',
    title: '请示缺少请求性结束语',
    description:
      '请示的最后几句没有“妥否，请批示”“当否，请批复”“请予审批”等请求用语。请示是向上级机关请求指示、批准的办理件，实务通常以请求语结尾，' +
      '以明确请上级批复；只汇报情况、不需答复的应当用报告。以另一文种的结束语（“特此报告。”“特此通知。”）结尾时，候选修改为改成“妥否，请批示。”' +
      '（这一情形不再由 closing-mismatch 重复报告）；否则候选修改为另起一段补上“妥否，请批示。”，或把文种改为报告。只写“特此请示。”的，提示改用请求语。',
    category: 'closing',
    basis: '实务',
    source: '实务（请示结束语）；条例第八条（十一）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    if (!g || g.genre.id !== '请示' || g.source === 'content' || g.doubled) return;
    const zone = closingZone(ctx.doc, 3);
    if (!zone.length) return;
    let bare: { start: number; end: number } | undefined;
    for (const s of zone) {
      const m = REQUEST_FORMULA.exec(s.text);
      if (!m || ctx.isQuoted(s.start + m.index, s.start + m.index + m[0].length)) continue;
      const rest = s.text.slice(m.index + m[0].length);
      // 妥否，请示。: the formula cut short, 请示 (the 文种's name) where the request (请批示) belongs.
      const cut = /^(?:妥否|当否)$/.test(m[0]) ? /^[，,？?]?请示(?![报告])[。！!]?/.exec(rest) : null;
      if (cut) {
        const start = s.start + m.index;
        const end = start + m[0].length + cut[0].length;
        ctx.report({
          range: [start, end],
          message: t('closing-request-required.cut', { found: ctx.text.slice(start, end) }),
          suggestions: OFFERED.map((closing) => ({ title: t('closing-request-required.suggestReplace', { closing }), fix: { range: [start, end], text: closing } })),
        });
        return;
      }
      // 特此请示。 alone names the genre but asks for nothing (the seed accepts it: a hint, not a warning).
      if (m[0] === '特此请示' && /^[。，,！!\s]*$/.test(rest)) {
        bare = { start: s.start + m.index, end: s.start + m.index + m[0].length + rest.replace(/\s+$/, '').length };
        continue;
      }
      return;
    }
    if (bare) {
      ctx.report({
        range: [bare.start, bare.start + 4],
        message: t('closing-request-required.bareNaming'),
        severity: 'info',
        suggestions: OFFERED.map((closing) => ({ title: t('closing-request-required.suggestReplace', { closing }), fix: { range: [bare!.start, bare!.end], text: closing } })),
      });
      return;
    }
    const last = zone[zone.length - 1];
    const lead = last.text.length - last.text.trimStart().length;
    const text = last.text.slice(lead);
    const start = last.start + lead;
    const f = closingFormula(text);
    const suggestions: Suggestion[] = [];
    if (f && text.replace(/[。！!，,\s]+$/, '') === f.text) {
      // 特此报告。 closes a 请示: the closing of another genre is replaced by the standard one (as closing-mismatch would).
      // Which closing (or which 文种) was meant is the drafter's call: offered, never applied in bulk.
      for (const c of OFFERED) suggestions.push({ title: t('closing-request-required.suggestReplace', { closing: c }), fix: { range: [start, last.end], text: c } });
    } else {
      const para = last.para;
      const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
      const indent = indentOf(ctx.doc, para);
      for (const c of OFFERED) {
        suggestions.push({ title: t('closing-request-required.suggestAppend', { closing: c }), fix: { range: [para.end, para.end], text: `${eol}${indent}${c}` } });
      }
    }
    const toReport = genreWordFix(ctx, '报告');
    if (toReport) suggestions.push({ title: t('closing-request-required.suggestGenre'), fix: toReport });
    ctx.report({
      range: [start, last.end],
      message: f ? t('closing-request-required.foreign', { found: f.text, owner: f.owners.join('或') }) : t('closing-request-required.missing'),
      suggestions,
    });
  },
};
