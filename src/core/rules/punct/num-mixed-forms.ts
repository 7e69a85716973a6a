import { t } from '../../messages';
import { chineseNumeral as chineseNumeralValue } from '../../parse/patterns';
import { memoKey, memoized } from '../../parse/memo';
import type { ReportInput, RuleContext, RuleDefinition } from '../types';
import { CN_YEAR_DIGIT, issuedBefore2012 } from '../format/shared';
import { punctContext } from './context';

/**
 * After an Arabic number (4千人, 3.5千, 1百0八, 3千4百万): 千 or 百 and what continues the number. 万 and
 * 亿 may follow Arabic digits (GB/T 15835), and 千米, 千克, 千瓦, 百分点 are units, not numbers.
 */
const MIXED_TAIL = /[千百](?![米克瓦伏帕焦兆赫卡分])(?:[0-9０-９零〇一二三四五六七八九]+[千百十]?)*/y;
const DECIMAL_TAIL = /[.．][0-9０-９]+/y;
/** A date written half in Chinese numerals, half in Arabic (二零零四年4月1日, 2004年四月一日). */
const MIXED_DATE = /[〇零○ＯO一二三四五六七八九]{4}年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|[0-9０-９]{4}年(?:十[一二]?|[一二三四五六七八九])月(?:[一二三四五六七八九十]{1,3}日)?/y;
/** The four characters before a 年: a year in Arabic or in Chinese numerals (2000年, 二○○○年). */
const YEAR_ARABIC = /[12][0-9]{3}/y;
const YEAR_CHINESE = /[一二][〇零○ＯO一二三四五六七八九]{3}/y;
/** A year of Chinese numerals with an Arabic 0 (or a Latin O) typed for 〇: 二00五年, 二O一二年. */
const YEAR_ZERO_MIXED = /[一二](?=[〇零○ＯO0０一二三四五六七八九]{3}年)(?:[〇零○一二三四五六七八九]*[0０OＯ][〇零○ＯO0０一二三四五六七八九]*)/y;
/** 百分之 with Arabic digits (百分之5): one number in two forms. */
const PERCENT_MIXED = /百分之([0-9０-９]+(?:[.．][0-9０-９]+)?)/g;
/** A measured value written out in Chinese numerals: a decimal percentage (百分之五点八), or after 亿 the rest of a composite amount (十二亿三千万元). */
const PERCENT_WORDS = /百分之[零〇一二三四五六七八九十百]+点[零〇一二三四五六七八九]+/y;
/** 百分之五十, 百分之二十五, 百分之一百零五: a whole percentage (not 百分之百, not the head of 百分之五点八 or 百分之五六十). */
const PERCENT_WHOLE = /百分之((?:[一二三四五六七八九]百(?:零[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)?)|[一二三四五六七八九十]{1,3})(?![点〇零一二三四五六七八九十百])/y;
/**
 * Classes of numeral characters, read by code (no one-character string per test: the loops below run from every
 * 十, 百, 千 and 点 of the text).
 */
const FIGURE = 1;
const DIGIT_OR_UNIT = 2;
const AMOUNT = 4;
const AMOUNT_BEFORE_YI = 8;
const NUMERAL = new Uint8Array(0x10000);
for (const [chars, bit] of [['一二三四五六七八九十两', FIGURE], ['零〇一二三四五六七八九十百千', DIGIT_OR_UNIT], ['零〇一二两三四五六七八九十百千万亿', AMOUNT], ['零〇一二三四五六七八九十百千万亿两', AMOUNT_BEFORE_YI]] as const) {
  for (const ch of chars) NUMERAL[ch.charCodeAt(0)] |= bit;
}
const isNumeral = (s: { readonly length: number; charCodeAt(i: number): number }, i: number, bit: number) => i >= 0 && i < s.length && (NUMERAL[s.charCodeAt(i)] & bit) !== 0;
const DECIMAL_TAIL_CN = /[零〇一二三四五六七八九]+[万亿]?(?:吨|元|人|亩|公里|平方米|平方公里|千瓦时|公顷|立方米|个百分点|[%％])/y;
const AMOUNT_TAIL = /[零〇一二三四五六七八九十百千]{2,}万?(?:元|人|吨|平方米|公里|亩)/y;
/** Units of measure (not classifiers such as 个, 项, 人): an amount before them is a measured value. */
const MEASURE_UNITS = ['元', '公里', '千米', '平方米', '立方米', '吨', '公顷', '亩', '千瓦', '千克', '公斤',
  // …and counts of a statistic (现有在编人员二十三人, 检查企业一千二百三十六家次), with the longer word first.
  ...['人次', '人', '家次', '家', '处', '所', '户', '名', '件', '起', '辆', '台', '座', '个']];
/** The first characters of MEASURE_UNITS, to rule a place out before the list is tried. */
const UNIT_FIRST = new Set(MEASURE_UNITS.map((u) => u.charCodeAt(0)));
/** Counts (not measures): written in words they are right unless the paragraph counts in figures (同类别同形式). */
const COUNT_UNITS = new Set(['人次', '人', '家次', '家', '处', '所', '户', '名', '件', '起', '辆', '台', '座', '个']);
/** A statistic in Arabic numerals: a count or an amount (15名, 2辆, 65万元) or a percentage (6.2%). */
const ARABIC_COUNT = /[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％]|[万亿]?(?:人次|人|家次|家|处|所|户|名|件|起|辆|台|座|个|元|吨|亩|公里))/;
const ARABIC_BEFORE = /[0-9０-９.．]/;
/** The characters a year or a date of MIXED_DATE, YEAR_ZERO_MIXED, YEAR_ARABIC or YEAR_CHINESE can start with. */
const NUMERAL_START = new Set(Array.from('〇零○ＯO一二三四五六七八九0123456789０１２３４５６７８９', (c) => c.charCodeAt(0)));
const CHINESE_BEFORE = /[〇零○ＯO一二三四五六七八九十]/;
const CN = '零一二三四五六七八九';
const UNIT: Record<string, number> = { 千: 1000, 百: 100, 十: 10 };

function half(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
}

/** The value of 4千 / 3千4百 / 1百0八 / 3.5千, or undefined when it is not a well-formed number. */
function valueOf(found: string): number | undefined {
  const s = half(found).replace(/[零〇]/g, '0').replace(/[一二三四五六七八九]/g, (c) => String(CN.indexOf(c)));
  let total = 0;
  let last = Infinity;
  const re = /([0-9]+(?:\.[0-9]+)?)([千百十]?)/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(s)) && m[0]) {
    consumed += m[0].length;
    const unit = m[2] ? UNIT[m[2]] : 1;
    if (unit >= last) return undefined;
    last = unit;
    total += Number(m[1]) * unit;
  }
  if (consumed !== s.length || !Number.isFinite(total)) return undefined;
  return Math.round(total * 1000) / 1000;
}

/** 4000 → 四千, 108 → 一百零八 (below 10000, integers). */
function chinese(n: number): string | undefined {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return undefined;
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      if (out) zero = true;
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && i === 2 && !out ? '' : CN[d]) + units[i];
  });
  return out;
}

/**
 * The years of the text, in one pass over its 年: mixed dates reported (with `report`), and the 正文's years by form.
 * What a Chinese-numeral year's finding depends on beyond its own paragraph (the first Arabic year of the 正文, the
 * 成文日期) is this rule's document fact for the incremental lint.
 */
const YEARS = memoKey<ReturnType<typeof scanYearsOnce>>('years');

/** Once per document (the rule's facts and its check both need it). */
function scanYears(ctx: RuleContext) {
  return memoized(ctx.doc, YEARS, () => scanYearsOnce(ctx));
}

function scanYearsOnce(ctx: RuleContext) {
  const found: ReportInput[] = [];
  const report = (r: ReportInput) => found.push(r);
    // Dates in the text (the 成文日期 is date-issue-format's).
    const date = ctx.doc.date;
    const text = ctx.text;
    const body = ctx.doc.body;
    const arabicYears: Array<[number, number]> = [];
    const chineseYears: Array<[number, number]> = [];
    // Every date and year has a 年: one pass over them (a regex scan over the whole text costs far more).
    let taken = 0;
    for (let p = text.indexOf('年', 4); p >= 0; p = text.indexOf('年', p + 1)) {
      const start = p - 4;
      // Every form below starts with a digit or a Chinese numeral four characters before the 年 (今年, 周年 do not).
      if (!NUMERAL_START.has(text.charCodeAt(start))) continue;
      if (start >= taken) {
        MIXED_DATE.lastIndex = start;
        const m = MIXED_DATE.exec(text);
        if (m) {
          const end = start + m[0].length;
          taken = end;
          if (!((date && start >= date.start && end <= date.end) || ctx.isQuoted(start, end))) {
            report({ range: [start, end], message: t('num-mixed-forms.date', { found: m[0] }) });
          }
        }
      }
      YEAR_ZERO_MIXED.lastIndex = start;
      let zeroMixed = false;
      if (start >= taken && YEAR_ZERO_MIXED.test(text) && YEAR_ZERO_MIXED.lastIndex === p && !CHINESE_BEFORE.test(start > 0 ? text[start - 1] : '') &&
        !(date && start >= date.start && p <= date.end) && !ctx.isQuoted(start, p + 1)) {
        zeroMixed = true;
        const found = text.slice(start, p + 1);
        const fixed = [...found.slice(0, 4)].map((c) => (/[0０OＯ]/.test(c) ? '〇' : c)).join('') + '年';
        report({
          range: [start, p + 1],
          message: t('num-mixed-forms.yearZero', { found, fixed }),
          suggestions: [{ title: t('num-mixed-forms.suggest', { fixed }), fix: { range: [start, p + 1], text: fixed } }],
        });
      }
      if (body && start >= body[0] && p < body[1] && !zeroMixed) {
        YEAR_ARABIC.lastIndex = start;
        YEAR_CHINESE.lastIndex = start;
        const before = start > 0 ? text[start - 1] : '';
        if (YEAR_ARABIC.test(text) && !ARABIC_BEFORE.test(before)) arabicYears.push([start, p + 1]);
        else if (YEAR_CHINESE.test(text) && !CHINESE_BEFORE.test(before)) chineseYears.push([start, p + 1]);
      }
    }
    // 同类别同形式 (GB/T 15835): years in the 正文 written both 2000年 and 二○○○年.
    const own = (r: [number, number]) => !ctx.isQuoted(r[0], r[1]);
    const arabic = arabicYears.filter(own);
    // A document dated after 2012-07-01 writes 公历 years in Arabic numerals (GB/T 15835).
    const modern = !!ctx.doc.date && !issuedBefore2012(ctx.doc);
    // Without a 成文日期 (a fragment), a year after 2012 tells by itself that the text is a modern one.
    const undated = !ctx.doc.date;
  return { found, arabic, chineseYears, own, modern, undated };
}

export const numMixedForms: RuleDefinition = {
  meta: {
    id: 'num-mixed-forms',
    title: '阿拉伯数字与汉字数字不混写',
    description: '一个数值不能同时用阿拉伯数字和汉字数字书写（“万”“亿”除外）：“4千人”写作“4000人”或“四千人”，“1百0八”写作“108”或“一百零八”。',
    category: 'number',
    basis: 'GB/T 15835',
    scope: 'unit',
    source: 'GB/T 15835—2011（阿拉伯数字与汉字数字同时使用：除“万”“亿”外不能同时采用两种形式）〔条号待核〕',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  facts(ctx) {
    const { arabic, modern, undated } = scanYears(ctx);
    return JSON.stringify([arabic.length ? ctx.text.slice(...arabic[0]) : '', modern, undated]);
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    const { found, arabic, chineseYears, own, modern, undated } = scanYears(ctx);
    const runs0 = pc.index().digitRuns;
    for (const r of found) ctx.report(r);
    const [from, to] = ctx.window ?? [0, ctx.text.length];
    {
      for (const [a, b] of chineseYears) {
        if (a < from || a >= to || !own([a, b])) continue;
        const found = ctx.text.slice(a, b);
        const fixed = [...found.slice(0, 4)].map((c) => CN_YEAR_DIGIT[c] ?? c).join('') + '年';
        if (!arabic.length && !modern && !(undated && Number(fixed.slice(0, 4)) >= 2013)) continue;
        // A hint: names keep their own form (……规划和二〇三五年远景目标纲要).
        ctx.report({
          range: [a, b],
          message: arabic.length ? t('num-mixed-forms.years', { found, other: ctx.text.slice(...arabic[0]) }) : t('num-mixed-forms.yearsModern', { found, fixed }),
          severity: 'info',
          suggestions: [{ title: t('num-mixed-forms.suggest', { fixed }), fix: { range: [a, b], text: fixed } }],
        });
      }
    }
    // 二十世纪80年代, 20世纪八十年代: the century and the decade of one date in two forms (GB/T 15835 writes both in
    // Arabic numerals: 20世纪80年代).
    for (const i of pc.positionsOf('世')) {
      if (s.charCodeAt(i + 1) !== 0x7eaa /* 纪 */) continue;
      const head = /(?:[一二]十[一二]?|十[一二三四五六七八九]|[一二三四五六七八九]|[0-9０-９]{1,2})$/.exec(s.slice(Math.max(0, i - 3), i));
      const tail = /^(?:[0-9０-９]{2}|[一二三四五六七八九]十)年代/.exec(s.slice(i + 2, i + 7));
      if (!head || !tail) continue;
      const arabicHead = /[0-9０-９]/.test(head[0]);
      const arabicTail = /[0-9０-９]/.test(tail[0]);
      if (arabicHead === arabicTail) continue;
      const start = i - head[0].length;
      const end = i + 2 + tail[0].length;
      if (ctx.isQuoted(start, end)) continue;
      const century = arabicHead ? head[0] : String(chineseNumeralValue(head[0]));
      const decade = arabicTail ? tail[0].slice(0, 2) : String(chineseNumeralValue(tail[0].slice(0, 2)));
      const fixed = `${century}世纪${decade}年代`;
      ctx.report({
        range: [start, end],
        message: t('num-mixed-forms.century', { found: s.slice(start, end), fixed }),
        suggestions: [{ title: t('num-mixed-forms.suggest', { fixed }), fix: { range: [start, end], text: fixed } }],
      });
    }
    // 3亿4500万: one value split over two units; GB/T 15835 writes 3.45亿 (or 34500万), not 3亿4500万.
    for (let k = 0; k + 2 < runs0.length; k += 2) {
      const b = runs0[k + 1];
      // (亿 is never in a soft span: the string pc.masked serves for the quick reject.)
      if (pc.masked.charCodeAt(b) !== 0x4ebf /* 亿 */) continue;
      const a = runs0[k];
      const c = runs0[k + 2];
      const d = runs0[k + 3];
      if (c !== b + 1 || s.charCodeAt(d) !== 0x4e07 /* 万 */ || d - c > 4) continue;
      if (/[0-9０-９.．]/.test(s.charAt(a - 1)) || ctx.isQuoted(a, d + 1)) continue;
      const whole = Number(half(s.slice(a, b))) + Number(half(s.slice(c, d))) / 10000;
      const fixed = `${String(Number(whole.toFixed(4)))}亿`;
      const found = s.slice(a, d + 1);
      ctx.report({
        range: [a, d + 1],
        message: t('num-mixed-forms.twoUnits', { found, fixed }),
        suggestions: [{ title: t('num-mixed-forms.suggest', { fixed }), fix: { range: [a, d + 1], text: fixed } }],
      });
    }
    // 百分之5: the percentage written half in words, half in digits.
    const percents = pc.positionsOf('百').filter((p) => s.startsWith('百分之', p));
    if (percents.length) {
      for (const m of pc.matches(PERCENT_MIXED)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (ctx.isQuoted(start, end)) continue;
        const fixed = `${half(m[1])}%`;
        ctx.report({
          range: [start, end],
          message: t('num-mixed-forms.percent', { found: m[0], fixed }),
          suggestions: [{ title: t('num-mixed-forms.suggest', { fixed }), fix: { range: [start, end], text: fixed } }],
        });
      }
    }
    // 百分之五点八, 十二亿三千万元: a measured value, which GB/T 15835 writes in Arabic numerals (5.8%, 12.3亿元).
    // Found from each 百分之 and each 亿 (rare), not by a regex over the whole text.
    const measures: Array<[number, number]> = [];
    for (const p of percents) {
      PERCENT_WORDS.lastIndex = p;
      if (PERCENT_WORDS.test(pc.at(p, 8, 64))) measures.push([p, PERCENT_WORDS.lastIndex]);
    }
    for (const p of pc.positionsOf('亿')) {
      let a = p;
      while (a > 0 && p - a < 3 && isNumeral(s, a - 1, FIGURE)) a--;
      if (a === p || (a > 0 && isNumeral(s, a - 1, AMOUNT_BEFORE_YI))) continue;
      AMOUNT_TAIL.lastIndex = p + 1;
      if (AMOUNT_TAIL.test(pc.at(p + 1, 8, 64))) measures.push([a, AMOUNT_TAIL.lastIndex]);
    }
    // 一百二十六点三万吨: a decimal written in Chinese numerals before a unit.
    for (const p of pc.positionsOf('点')) {
      if (!isNumeral(s, p - 1, DIGIT_OR_UNIT) || !isNumeral(s, p + 1, DIGIT_OR_UNIT)) continue;
      let a = p;
      while (a > 0 && p - a < 8 && isNumeral(s, a - 1, DIGIT_OR_UNIT)) a--;
      DECIMAL_TAIL_CN.lastIndex = p + 1;
      if (DECIMAL_TAIL_CN.test(pc.at(p + 1, 8, 64)) && !measures.some(([x, y]) => x <= p && p < y)) measures.push([a, DECIMAL_TAIL_CN.lastIndex]);
    }
    // 百分之五十: a whole percentage in words, a hint (GB/T 15835 writes a measured value in Arabic numerals, 50%;
    // 百分之百 is a set phrase).
    for (const p of percents) {
      PERCENT_WHOLE.lastIndex = p;
      const m = PERCENT_WHOLE.exec(pc.at(p, 8, 64));
      if (!m || measures.some(([x, y]) => x <= p && p < y) || ctx.isQuoted(p, p + m[0].length)) continue;
      const n = chineseNumeralValue(m[1]);
      // (百分之五: one numeral reads as well in words, GB/T 15835 4.3; from 十 on the figure is a measurement.)
      if (!(n >= 10 && n < 1000)) continue;
      const fixed = `${n}%`;
      ctx.report({
        range: [p, p + m[0].length],
        message: t('num-mixed-forms.percentWords', { found: m[0], fixed }),
        severity: 'info',
        suggestions: [{ title: t('num-mixed-forms.suggest', { fixed }), fix: { range: [p, p + m[0].length], text: fixed } }],
      });
    }
    for (const [start, end] of measures) {
      if (ctx.isQuoted(start, end)) continue;
      ctx.report({ range: [start, end], message: t('num-mixed-forms.chineseMeasure', { found: s.slice(start, end) }), severity: 'warning' });
    }
    // 二千三百万元, 二十七公里: an exact amount before a unit of measure, written in Chinese numerals. GB/T 15835 allows
    // either form for a short number (约三百人), so a hint; 概数 (三四百万元, 一百多万元) and ordinals keep their words.
    // A round figure (三千万元, 十万元) reads as well in words; documents before 2012 wrote amounts in words as a rule.
    // Found from each 十, 百 and 千 (a figure of three numerals or more has one), three passes rather than one per unit.
    const seen = new Set<number>();
    for (const pos of ctx.doc.date && issuedBefore2012(ctx.doc) ? [] : ['十', '百', '千']) {
      for (const q of pc.positionsOf(pos)) {
        let a = q;
        while (a > 0 && q - a < 10 && isNumeral(s, a - 1, AMOUNT)) a--;
        if (seen.has(a)) continue;
        seen.add(a);
        let p = q + 1;
        while (p < s.length && p - a < 12 && isNumeral(s, p, AMOUNT)) p++;
        // 二十七千米: the 千 of a unit is no numeral.
        if (s.charAt(p - 1) === '千' && /[米瓦克]/.test(s.charAt(p))) p--;
        const unit = UNIT_FIRST.has(s.charCodeAt(p)) ? MEASURE_UNITS.find((u) => s.startsWith(u, p)) : undefined;
        if (!unit) continue;
        const figure = s.slice(a, p);
        if (figure.length < 3 || !/[十百千]/.test(figure.replace(/[万亿]+$/, '')) || /^[十百千万亿]/.test(figure) || (figure.match(/[一二两三四五六七八九]/g) ?? []).length < 2) continue;
        // 三四百, 五六十: two figures side by side make a 概数; 第二十七: an ordinal.
        if (/[一二两三四五六七八九]{2}/.test(figure) || s.charAt(a - 1) === '第' || measures.some(([x, y]) => x <= a && a < y)) continue;
        if (ctx.isQuoted(a, p + unit.length)) continue;
        // 转移群众四千人，修复堤防一百零八处: counts in words throughout are right (GB/T 15835 4.3); beside counts in figures
        // they break 同类别同形式.
        if (COUNT_UNITS.has(unit)) {
          const para = ctx.doc.paragraphs.find((x) => x.start <= a && a < x.end);
          if (!para || !ARABIC_COUNT.test(para.text)) continue;
          ctx.report({ range: [a, p + unit.length], message: t('num-mixed-forms.sameForm', { found: s.slice(a, p + unit.length) }), severity: 'info' });
          continue;
        }
        ctx.report({ range: [a, p + unit.length], message: t('num-mixed-forms.chineseMeasure', { found: s.slice(a, p + unit.length) }), severity: 'info' });
      }
    }
    const runs = pc.index().digitRuns;
    for (let k = 0; k < runs.length; k += 2) {
      const start = runs[k];
      let end = runs[k + 1];
      const c = s.charCodeAt(end);
      if (c !== 0x5343 /* 千 */ && c !== 0x767e /* 百 */ && c !== 0x2e && c !== 0xff0e) continue;
      if (s.charAt(start - 1) === '.' || s.charAt(start - 1) === '．') continue;
      if (c === 0x2e || c === 0xff0e) {
        DECIMAL_TAIL.lastIndex = end;
        if (!DECIMAL_TAIL.test(pc.at(end, 8, 64))) continue;
        end = DECIMAL_TAIL.lastIndex;
      }
      MIXED_TAIL.lastIndex = end;
      if (!MIXED_TAIL.test(pc.at(end, 8, 64))) continue;
      end = MIXED_TAIL.lastIndex;
      // Skip the runs this finding took in.
      while (k + 2 < runs.length && runs[k + 2] < end) k += 2;
      if (ctx.isQuoted(start, end)) continue;
      const found = s.slice(start, end);
      const v = valueOf(found);
      const followedByWan = /^[万亿]/.test(s.slice(end, end + 1));
      const arabic = v === undefined ? undefined : String(v);
      const cn = v === undefined || followedByWan ? undefined : chinese(v);
      const suggestions = [arabic, cn]
        .filter((x): x is string => !!x)
        .map((fixed) => ({ title: t('num-mixed-forms.suggest', { fixed }), fix: { range: [start, end] as [number, number], text: fixed } }));
      ctx.report({
        range: [start, end],
        message: arabic ? t('num-mixed-forms.found', { found, fixed: arabic }) : t('num-mixed-forms.foundPlain', { found }),
        suggestions,
      });
    }
  },
};
