import { t } from '../../messages';
import { enclosingRange } from '../../parse/quotes';
import type { RuleDefinition } from '../types';
import laws from './data/laws.json';
import { flatBookTitles, punctContext } from '../punct/context';
import { documentMonth } from './shared';

/** The prefix of a national law's full name. */
const PREFIX = '中华人民共和国';
/** Laws (without the prefix) and ……条例 regulations, by name (data/laws.json, schemas/laws.schema.json). */
const LAWS = new Set<string>(laws.laws);
const REGULATIONS = new Set<string>([...laws.regulations, ...laws.partyRegulations]);
/** Laws no longer in force, by name: the law that replaced them and from when (民法典 from 2021-01). */
const REPLACED = new Map(laws.replaced.map((r) => [r.old, r]));
/** A law's name: ……法, ……法典 (and the 通则/总则 of the civil law). */
const LAW_NAME = /(?:法|法典|通则|总则)$/;
/** Words that end in 法 and name no law: 办法, 方法, 做法…, and a local 实施办法. */
const NOT_A_LAW = /(?:办法|方法|做法|说法|看法|想法|手法|写法|用法|技法|算法|语法|书法|兵法|立法|执法|司法|守法|违法|宪法修正案)$/;
/** A local regulation or a local measure: a place's name inside (浙江省……条例, 杭州市……办法). */
const LOCAL = /[省市县区州旗盟]|自治/;
const NAME_LAST = new Set(Array.from('法典则例）)', (c) => c.charCodeAt(0)));
/** A version or status in brackets after a name: （2021年修订）, （试行）, （草案）. */
const BRACKETED_TAIL = /[（(][^（）()]*[）)]$/;

/** Levenshtein distance, giving up (returning max + 1) once it must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The one listed name one edit from `name` (a character slipped, left out or added), none when two are. Two edits would
 * reach from a law newer than the list to an old one (民营经济促进法 → 民办教育促进法). One edit leaves the first or the
 * last character of a name of three or more in place, which rules out most names before any distance is counted.
 */
export function closestName(name: string, pool: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  for (const candidate of pool) {
    if (Math.abs(candidate.length - name.length) > 1) continue;
    if (candidate[0] !== name[0] && candidate[candidate.length - 1] !== name[name.length - 1]) continue;
    if (editDistance(name, candidate, 1) > 1) continue;
    if (best) return undefined;
    best = candidate;
  }
  return best ?? wordLeftOut(name, pool) ?? wordLeftOut(name, pool, true);
}

/**
 * 《党政机关公文处理条例》 for 《党政机关公文处理工作条例》: a long name (seven characters or more) with one two-character
 * word left out, the rest in place; with `added`, the other way: 《优化营商环境管理条例》, 《中国共产党党员纪律处分条例》 for
 * a listed name of six or more with a two-character word put in.
 */
function wordLeftOut(name: string, pool: ReadonlySet<string>, added = false): string | undefined {
  let found: string | undefined;
  for (const candidate of pool) {
    const [short, long] = added ? [candidate, name] : [name, candidate];
    if (long.length !== short.length + 2 || candidate.length < (added ? 6 : 7) || candidate[0] !== name[0]) continue;
    let k = 0;
    while (k < short.length && short[k] === long[k]) k++;
    if (long.slice(k + 2) !== short.slice(k)) continue;
    if (found) return undefined;
    found = candidate;
  }
  return found;
}

/** Names looked up before, and what they are closest to (the same citations come back on every lint of a document). */
const CLOSEST = new Map<string, string | null>();
function closestCached(name: string, pool: ReadonlySet<string>): string | undefined {
  let hit = CLOSEST.get(name);
  if (hit === undefined) {
    if (CLOSEST.size > 4096) CLOSEST.clear();
    hit = closestName(name, pool) ?? null;
    CLOSEST.set(name, hit);
  }
  return hit ?? undefined;
}

export const citeLawName: RuleDefinition = {
  meta: {
    id: 'cite-law-name',
    title: '法律、行政法规的名称',
    description:
      '引用的法律、行政法规或党内法规名称与正式名称差一个字，或多、少一个词（《中华人民共合国安全生产法》《招投标法》《建筑工程质量管理条例》《党政机关公文处理条例》），多为笔误，应按正式名称书写：《中华人民共和国招标投标法》《建设工程质量管理条例》《党政机关公文处理工作条例》。' +
      '首次引用全国人大及其常委会制定的法律只写简称（《刑法》）而文中没有全称的，提示写全称《中华人民共和国刑法》（只作提示）。名称表见 src/core/rules/format/data/laws.json；新近公布、表中还没有的法律不报。',
    category: 'wording',
    basis: '实务',
    scope: 'unit',
    source: '实务（引用法律法规写正式名称，首次引用写全称）；国家法律法规数据库（flk.npc.gov.cn）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const text = ctx.text;
    // Short names already written in full somewhere in the document (《中华人民共和国刑法》 … 《刑法》).
    let fullNames: Set<string> | undefined;
    const written = (): Set<string> => {
      if (!fullNames) {
        fullNames = new Set();
        for (let at = text.indexOf(PREFIX); at >= 0; at = text.indexOf(PREFIX, at + 1)) {
          const m = /^[^》〉\n，。；]{1,30}?(?:法典|法)/.exec(text.slice(at + PREFIX.length, at + PREFIX.length + 32));
          if (m) fullNames.add(m[0]);
        }
      }
      return fullNames;
    };
    const shortReported = new Set<string>();

    // The 《》 pair is a quoted span of its own; a wider span around it is a quotation that holds it.
    const insideQuotation = (a: number, b: number) => {
      const around = enclosingRange(ctx.doc.quoted, a, b);
      return !!around && (around[0] < a || around[1] > b);
    };
    // The flat 《》 pairs of the punctuation index (no scan of its own).
    const pairs = flatBookTitles(punctContext(ctx.doc, ctx.window));
    for (let k = 0; k < pairs.length; k += 2) {
      const open = pairs[k];
      const close = pairs[k + 1];
      if (close - open > 60) continue;
      // (By the last character first: a law, a regulation or its bracketed version ends in 法, 典, 则, 例 or a bracket.)
      if (!NAME_LAST.has(text.charCodeAt(close - 1))) continue;
      let name = text.slice(open + 1, close);
      if (/[《〈\n]/.test(name)) continue;
      name = name.replace(BRACKETED_TAIL, '');
      if (/\s/.test(name)) continue;
      const start = open + 1;
      // 中华人民共合国……: the country's name mistyped in the prefix (one character off).
      const head = name.slice(0, PREFIX.length);
      let core = name;
      let full = false;
      if (head === PREFIX) {
        core = name.slice(PREFIX.length);
        full = true;
      } else if (name.length > PREFIX.length + 1 && head.startsWith('中华') && editDistance(head, PREFIX, 1) === 1) {
        ctx.report({
          range: [start, start + PREFIX.length],
          message: t('cite-law-name.prefix', { found: head }),
          suggestions: [{ title: t('cite-law-name.suggestName', { name: PREFIX }), fix: { range: [start, start + PREFIX.length], text: PREFIX } }],
        });
        continue;
      }
      const isLaw = LAW_NAME.test(core) && !NOT_A_LAW.test(core);
      const isRegulation = core.endsWith('条例');
      if (!isLaw && !isRegulation) continue;
      if (!full && LOCAL.test(core)) continue;
      // 《中华人民共和国合同法》 in a document of 2021 or later: a law the 民法典 replaced (a hint when undated or within its year).
      const replaced = isLaw ? REPLACED.get(core) : undefined;
      if (replaced) {
        const since = Number(replaced.since.replace('-', ''));
        const dated = documentMonth(ctx.doc);
        if (dated === undefined || dated >= since) {
          const at = full ? start + PREFIX.length : start;
          ctx.report({
            range: [at, at + core.length],
            message: t('cite-law-name.replaced', { found: core, name: replaced.new, since: replaced.since.slice(0, 4) }),
            severity: dated !== undefined && dated >= since + 100 ? undefined : 'info',
          });
          continue;
        }
      }
      if (isLaw ? LAWS.has(core) : REGULATIONS.has(core)) {
        // 《刑法》 with no 《中华人民共和国刑法》 in the document: the first citation gives the full name (a hint).
        if (isLaw && !full && core !== '宪法' && !shortReported.has(core) && !written().has(core) && !insideQuotation(open, close + 1)) {
          shortReported.add(core);
          ctx.report({
            range: [open, close + 1],
            message: t('cite-law-name.short', { name: core }),
            severity: 'info',
            suggestions: [{ title: t('cite-law-name.suggestName', { name: PREFIX + core }), fix: { range: [start, start], text: PREFIX } }],
          });
        }
        continue;
      }
      const right = closestCached(core, isLaw ? LAWS : REGULATIONS);
      if (!right) continue;
      const at = full ? start + PREFIX.length : start;
      ctx.report({
        range: [at, at + core.length],
        message: t('cite-law-name.close', { found: core, name: right }),
        suggestions: [{ title: t('cite-law-name.suggestName', { name: right }), fix: { range: [at, at + core.length], text: right } }],
      });
    }
  },
};
