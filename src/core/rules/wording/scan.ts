/**
 * The lexicon's one pass, shared by the four family rules: the hits of a document are computed once per lint
 * (cached on the parsed document) and each rule reports its own family's.
 */
import { scanLexicon, type LexiconFamily, type LexiconHit } from '../../lexicon';
import { t } from '../../messages';
import { memoGet, memoKey, memoSet } from '../../parse/memo';
import { inZone, zones } from '../team/terms';
import type { RuleContext, RuleDefinition, RuleMeta } from '../types';
import { documentMonth } from '../format/shared';

const HITS = memoKey<{ window?: readonly number[]; hits: LexiconHit[] }>('lexiconHits');

function hitsOf(ctx: RuleContext): LexiconHit[] {
  const w = ctx.window;
  const cached = memoGet(ctx.doc, HITS);
  if (cached && cached.window?.[0] === w?.[0] && cached.window?.[1] === w?.[1]) return cached.hits;
  const zs = zones(ctx);
  // (In an incremental lint's window, only there: the window is whole units and no entry spans two.)
  const from = Math.max(zs[0]?.start ?? 0, w?.[0] ?? 0);
  const to = Math.min(zs.reduce((m, z) => Math.max(m, z.end), 0), w?.[1] ?? Infinity);
  const hits = zs.length && from < to
    ? scanLexicon(ctx.text, from, to, (s, e) => inZone(zs, s, e) && !ctx.isQuoted(s, e), ctx.config.terms ?? [])
    : [];
  memoSet(ctx.doc, HITS, { window: w, hits });
  return hits;
}

/** The fix of a hit: its wrong form (or the two halves of a pair) replaced by the right form. */
function fixOf(h: LexiconHit, text: string): Array<{ range: [number, number]; text: string }> {
  const [rHead, rTail] = h.entry.right.split('……');
  if (h.parts.length === 2) {
    const [[s1, e1], [s2, e2]] = h.parts;
    return [{ range: [s1, e2], text: rHead + text.slice(e1, s2) + (rTail ?? '') }];
  }
  return [{ range: [h.start, h.end], text: h.entry.right }];
}

/** A family rule: reports its family's hits, the replacement offered as a quick fix (never applied in bulk). */
export function lexiconRule(family: LexiconFamily, meta: Omit<RuleMeta, 'fixable' | 'hasSuggestions' | 'category' | 'basis'>): RuleDefinition {
  return {
    meta: { ...meta, category: 'wording', basis: '实务', scope: 'unit', fixable: false, hasSuggestions: true },
    check(ctx) {
      let dated: number | undefined | null = null;
      for (const h of hitsOf(ctx)) {
        if (h.family !== family) continue;
        // An entry with a date (a body renamed in 2018): nothing before it; a hint in its first year and when undated.
        let since = 0;
        if (h.entry.since) {
          if (dated === null) dated = documentMonth(ctx.doc);
          since = Number(h.entry.since.replace('-', ''));
          if (dated !== undefined && dated < since) continue;
        }
        const early = since > 0 && (dated === undefined || dated === null || dated < since + 100);
        const [fix] = fixOf(h, ctx.text);
        const found = ctx.text.slice(h.start, h.end);
        ctx.report({
          range: [h.start, h.end],
          message: t(`${meta.id}.found` as never, {
            wrong: found,
            right: fix.text,
            note: h.entry.note ? t('lexicon.note', { note: h.entry.note }) : '',
            source: h.entry.source ?? '',
          }),
          suggestions: [{ title: t('lexicon.suggest', { right: fix.text }), fix }],
          // An entry that its source gives with a condition (certain: false) is a hint, whatever the family's severity.
          ...((h.entry.certain === false || early) && meta.defaultSeverity !== 'info' ? { severity: 'info' as const } : {}),
        });
      }
    },
  };
}
