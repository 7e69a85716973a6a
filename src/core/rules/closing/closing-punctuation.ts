import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { bodyMatches, closingFormula, closingZone, REQUEST_FORMULA, type Sentence } from './phrases';
import type { RuleContext } from '../types';

// 妥否？请批示！ / 当否?请批复! / 特此通知！ — the question and exclamation marks are the fault.
const FAULTY = /(妥否|当否)\s*([，,？?！!。；;]?)\s*(请(?:批示|批复|审批|审示|核示))\s*([！!？?。]*)|(特此(?:通知|报告|请示|函告|函复|通告|公告|通报|批复)|此复)\s*([！!]+)/g;

export const closingPunctuation: RuleDefinition = {
  meta: {
    id: 'closing-punctuation',
    title: '结束语标点',
    description: '“妥否？请批示！”“特此通知！”等结束语标点不当：“否”后用逗号，“示”后用句号，结束语不用叹号。',
    category: 'closing',
    scope: 'unit',
    basis: '实务',
    source: '实务（请示结束语写法）',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '结束语的标点改为规范形式（妥否，请批示。）' },
  },
  check(ctx) {
    const replaced = replacedClosings(ctx);
    for (const m of bodyMatches(ctx, FAULTY)) {
      // A closing of another genre is replaced whole by closing-mismatch / closing-request-required:
      // fixing its punctuation as well would need a second pass.
      if (replaced.some((r) => r.start <= m.start && m.end <= r.end)) continue;
      const [q, , ask, askTail, formula] = m.groups;
      const fixed = q ? `${q}，${ask}。` : `${formula}。`;
      // Only flag what is actually wrong: 妥否，请批示。 is fine; so is 妥否，请批示 (closing-request-required handles the rest).
      if (q && m.text === fixed) continue;
      // 妥否，请批示 without a final mark at the end of a line is left to other rules.
      if (q && m.groups[1] === '，' && !/[！!？?]/.test(askTail)) continue;
      ctx.report({
        range: [m.start, m.end],
        message: q ? t('closing-punctuation.found', { found: m.text, fixed }) : t('closing-punctuation.exclamation', { found: m.text, fixed }),
        fix: { range: [m.start, m.end], text: fixed },
      });
    }
    // 特此报告， / 特此通知: / 此复 at the end of the 正文: a closing formula ends with a 句号. A comma, colon or
    // semicolon left there is a slip (a warning); no mark at all, as many published texts have it, a hint.
    const last = closingZone(ctx.doc, 1)[0];
    const p = last && ctx.doc.paragraphs.find((x) => x.start <= last.start && last.end <= x.end);
    if (!p) return;
    const tail = ALONE.exec(ctx.text.slice(p.start, p.end));
    if (!tail || replaced.some((r) => r.start <= p.start + tail.index && p.start + tail.index < r.end)) return;
    const at = p.start + tail.index;
    const end = p.start + tail.index + tail[0].length;
    if (ctx.isQuoted(at, end)) return;
    const formula = tail[1];
    ctx.report({
      range: [at, end],
      message: t(tail[2] ? 'closing-punctuation.wrongEnd' : 'closing-punctuation.noEnd', { found: tail[0], fixed: `${formula}。` }),
      severity: tail[2] ? 'warning' : 'info',
      fix: { range: [at + formula.length, end], text: '。' },
    });
  },
};

/** A closing formula that ends its paragraph with a comma, colon or semicolon, or with no mark at all. */
const ALONE = /(特此(?:通知|报告|请示|函告|函复|通告|公告|通报|批复)|此复)[ \u3000]*([，,：:；;、]*)[ \u3000]*$/;

/** Genres whose request closings are not replaced by closing-mismatch (they are reported without a fix, or legitimate). */
const KEEPS_REQUEST = new Set(['请示', '报告', '通报', '意见', '纪要', '函']);

/**
 * The closing sentences that closing-mismatch or closing-request-required replace whole: a formula
 * of another genre in the 结束语 zone, when the genre is certain (title or front matter).
 */
function replacedClosings(ctx: RuleContext): Sentence[] {
  const g = ctx.genre;
  if (!g || g.source === 'content' || g.doubled) return [];
  const id = g.genre.id;
  const zone = closingZone(ctx.doc, 3);
  const hasRequest = zone.some((z) => REQUEST_FORMULA.test(z.text));
  return zone.filter((z, i) => {
    const f = closingFormula(z.text.trimStart());
    if (!f || f.owners.includes(id)) return false;
    const isRequest = !f.text.startsWith('特此') && f.owners.length === 1 && f.owners[0] === '请示';
    if (isRequest) return !KEEPS_REQUEST.has(id);
    // In a 请示 without any request, closing-request-required replaces the last sentence only.
    return id !== '请示' || hasRequest || i === zone.length - 1;
  });
}
