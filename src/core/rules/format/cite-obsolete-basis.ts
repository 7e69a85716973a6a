import { t } from '../../messages';
import type { Element } from '../../parse/model';
import type { RuleDefinition } from '../types';
import { matchesAtNeedles } from '../../text';
import { enclosingQuote } from '../util';

const OBSOLETE =
  /国家行政机关公文处理办法|中国共产党机关公文处理条例|国发[〔\[【（(［﹝][ \u3000]*2000[ \u3000]*[〕\]】）)］﹞][ \u3000]*23[ \u3000]*号|GB[/／]T[ \u3000]*9704[ \u3000]*[—–\-－―][ \u3000]*1999|国家行政机关公文格式/y;
/** What every alternative of OBSOLETE starts with: found with indexOf, then the regex is tried there (sticky). */
const OBSOLETE_STARTS = ['国家行政机关', '中国共产党机关', '国发', 'GB'];
/** A sentence that says the old text is no longer in force is fine. */
const SAYS_ABOLISHED = /^.{0,20}?(停止执行|废止|不再执行|代替|替代|失效|取消)/;

function replacement(found: string): string {
  if (/^GB/.test(found)) return 'GB/T 9704—2012';
  if (found === '国家行政机关公文格式') return '党政机关公文格式';
  if (/^国发/.test(found)) return '中办发〔2012〕14号';
  return '党政机关公文处理工作条例';
}

export const citeObsoleteBasis: RuleDefinition = {
  meta: {
    id: 'cite-obsolete-basis',
    title: '引用已废止的旧规',
    description:
      '《国家行政机关公文处理办法》（国发〔2000〕23号）和《中国共产党机关公文处理条例》已由条例第四十二条停止执行，GB/T 9704—1999《国家行政机关公文格式》已被 GB/T 9704—2012《党政机关公文格式》代替，不应再作为依据引用。',
    category: 'wording',
    basis: '条例',
    scope: 'unit',
    source: '条例第四十二条；GB/T 9704—2012 前言',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const { doc, text } = ctx;
    // (A quick look first; in an incremental lint's window the loop below is short anyway.)
    if (!ctx.window && text.indexOf('公文') < 0 && text.indexOf('9704') < 0 && text.indexOf('2000') < 0) return;
    const zones: Array<Pick<Element, 'start' | 'end'>> = [];
    if (doc.title) zones.push(doc.title);
    if (doc.body) zones.push({ start: doc.body[0], end: doc.body[1] });
    if (doc.attachmentNote) zones.push(doc.attachmentNote);
    const [from, to] = ctx.window ?? [0, text.length];
    for (const z of zones) {
      for (const m of matchesAtNeedles(text, OBSOLETE_STARTS, OBSOLETE, Math.max(z.start, from), Math.min(z.end, to))) {
        const start = m.index;
        const end = start + m[0].length;
        // Words quoted from someone else (“…”) are not the document's own citation; a 《title》 is.
        const q = enclosingQuote(doc, start, end);
        if (q && text[q[0]] !== '《') continue;
        const after = text.slice(q ? q[1] : end, (q ? q[1] : end) + 32).split(/[\r\n]/)[0];
        if (SAYS_ABOLISHED.test(after.replace(/[（(][^）)]*[）)]/, ''))) continue;
        const fixed = replacement(m[0]);
        ctx.report({
          range: [start, end],
          message: t(/^GB|格式$/.test(m[0]) ? 'cite-obsolete-basis.standard' : 'cite-obsolete-basis.regulation', { found: m[0], fixed }),
          suggestions: [{ title: t('cite-obsolete-basis.suggest', { fixed }), fix: { range: [start, end], text: fixed } }],
        });
      }
    }
  },
};
