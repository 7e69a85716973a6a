import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { docnoFormatCovers, punctContext } from './context';
import { findApprox } from './num-approx-no-dunhao';
import { findFixedExpressions } from './num-fixed-expressions';

/** A run of full-width digits, with full-width decimal points between them (３．５ → 3.5). */
const FULL = /[０-９]+(?:[．.][０-９]+)*/y;

function half(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
}

export const numFullwidthDigits: RuleDefinition = {
  meta: {
    id: 'num-fullwidth-digits',
    title: '阿拉伯数字用半角',
    description: '阿拉伯数字用半角（占半个汉字位置），“２０２４年”写作“2024年”。',
    category: 'number',
    basis: 'GB/T 15835',
    scope: 'unit',
    source: 'GB/T 15835—2011（阿拉伯数字的书写：一般使用正体二分字身，即占半个汉字位置）〔条号待核〕',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '全角数字改为半角' },
  },
  check(ctx) {
    const pc = punctContext(ctx.doc, ctx.window);
    const s = pc.chars;
    const runs = pc.index().digitRuns;
    let any = false;
    for (let k = 0; k < runs.length && !any; k += 2) for (let i = runs[k]; i < runs[k + 1] && !any; i++) any = s.charCodeAt(i) >= 0xff10;
    if (!any) return;
    const { doc, config } = ctx;
    // Spans another rule rewrites as a whole, digits included: the 份号, 密级期限 and 发文字号 of the 版头
    // (copyno-format, secrecy-format, docno-format), the 成文日期 and the 印发 line (date-issue-format),
    // the 发文字号 docno-format rewrites, 三、４天 (num-approx-no-dunhao), １把手 (num-fixed-expressions).
    const claimed: Array<[number, number]> = [];
    for (const e of [doc.header.copyNo, doc.header.secrecy, doc.date, ...doc.header.docNos, ...doc.colophon.filter((c) => c.kind === 'imprint')]) {
      if (e) claimed.push([e.start, e.end]);
    }
    for (const n of pc.docNumbers) if (docnoFormatCovers(pc, config, n)) claimed.push([n.start, n.end]);
    if (config.rules['num-approx-no-dunhao']?.severity !== 'off') for (const a of findApprox(pc)) claimed.push([a.start, a.end]);
    if (config.rules['num-fixed-expressions']?.severity !== 'off') for (const f of findFixedExpressions(pc)) claimed.push([f.start, f.end]);
    // Each full-width digit that starts a run of them, from the index's digit runs (no scan of the whole text).
    let reach = -1;
    for (let k = 0; k < runs.length; k += 2) {
      for (let i = runs[k]; i < runs[k + 1]; i++) {
        if (i < reach || s.charCodeAt(i) < 0xff10) continue;
        FULL.lastIndex = i;
        const m = FULL.exec(pc.masked);
        if (!m) continue;
        const start = i;
        const end = start + m[0].length;
        reach = end;
        if (claimed.some(([a, b]) => start < b && end > a)) continue;
        report(start, end, m[0]);
      }
    }
    function report(start: number, end: number, found: string): void {
      const fixed = half(found);
      ctx.report({
        range: [start, end],
        message: t('num-fullwidth-digits.found', { found, fixed }),
        fix: { range: [start, end], text: fixed },
      });
    }
  },
};
