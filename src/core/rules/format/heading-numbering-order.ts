import { t, type MessageKey } from '../../messages';
import { canonicalMarker } from '../../parse/headings';
import type { Heading, HeadingLevel } from '../../parse/model';
import type { RuleDefinition } from '../types';

interface Open {
  level: HeadingLevel;
  /** Whether a skipped level under this heading was already reported (once per parent). */
  skipReported: boolean;
}

const LEVEL_NAME: Record<HeadingLevel, string> = { 1: '第一层', 2: '第二层', 3: '第三层', 4: '第四层' };

export const headingNumberingOrder: RuleDefinition = {
  meta: {
    id: 'heading-numbering-order',
    title: '层次序数顺序',
    description:
      '结构层次依次用“一、”“（一）”“1.”“（1）”：同一层级的序数应连续、不重复，每个上级标题下从1重新编号，层次不倒置（如在“1.”之后又出现“（一）”）。越过一层（“一、”下直接用“1.”）许多单位允许，只作提示；选项 allowSkipLevel 设为 true 时不提示。',
    category: 'body',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.3（层次序数“依次”使用）；连续编号、不跳级为实务',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const allowSkip = ctx.options.allowSkipLevel === true;
    // The open headings, outermost first (the latest one at each level); levels strictly increase.
    const stack: Open[] = [];
    // The last number at each level under the current parent (0 = none yet).
    const last: Record<HeadingLevel, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
    // The last number at each level in the whole document: State Council documents number （一）…（三十六）
    // straight through their sections, and a numbering that continues is no fault.
    const running: Record<HeadingLevel, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
    const report = (h: Heading, key: MessageKey, params: Record<string, string>, expected?: number) => {
      const fixed = expected !== undefined ? canonicalMarker(h.level, expected) : undefined;
      ctx.report({
        range: [h.marker.start, h.marker.end],
        message: t(key, { found: h.marker.text, ...params }),
        suggestions: fixed ? [{ title: t('heading-numbering-order.suggest', { fixed }), fix: { range: [h.marker.start, h.marker.end], text: fixed } }] : undefined,
        severity: key === 'heading-numbering-order.skipLevel' && params.skipped === '1' ? 'info' : undefined,
      });
    };
    const first = ctx.doc.headings[0];
    // A numbering that opens with （1）, the fourth level, with nothing above it anywhere: the levels are used upside down.
    if (first && first.level === 4 && ctx.doc.headings.every((h) => h.level === 4)) {
      ctx.report({ range: [first.marker.start, first.marker.end], message: t('heading-numbering-order.startsDeep', { found: first.marker.text }), severity: 'info' });
    }
    // Lines that end with a colon, or announce what follows (……还应同时具备下列申报资格。), and are no heading:
    // a lead-in that opens a list of its own.
    const { lines } = ctx.doc;
    const headingLines = new Set(ctx.doc.headings.map((h) => h.line));
    let prevLine = -1;
    // Text that opens with a heading (二、重点任务 on its first line) is an excerpt of a longer document: its
    // numbering is taken to start where the excerpt does.
    const opening = ctx.doc.headings[0];
    const excerpt = !!opening && lines.slice(0, opening.line).every((l) => !l.content.trim());
    for (const h of ctx.doc.headings) {
      const L = h.level;
      if (excerpt && h === opening && h.number > 1) {
        last[L] = h.number - 1;
        running[L] = h.number - 1;
      }
      let leadIn = false;
      let before = '';
      for (let k = h.line - 1; k > prevLine; k--) {
        const c = lines[k].content;
        if (!c || headingLines.has(k)) continue;
        leadIn = /[：:]$/.test(c) || /(?:下列|以下|如下)[^。；]*[。：:]?$/.test(c);
        before = c;
        break;
      }
      // 注：1.本公报中…… ⏎ 2.部分数据……: the list's first item runs on after its lead-in, on the line before.
      const continued = !!before && h.number > 1 && last[L] === 0 && before.includes(`：${canonicalMarker(L, h.number - 1)}`);
      if (continued) {
        last[L] = h.number - 1;
        running[L] = h.number - 1;
      }
      prevLine = h.line;
      // A list that a lead-in opens starts again at 1 (二、评选条件 … 推荐人选还须具备以下条件：（一）…).
      if (leadIn && h.number === 1 && last[L] > 0) {
        last[L] = 0;
        running[L] = 0;
      }
      let closedDeeper = false;
      let shallowestClosed = 5;
      while (stack.length && stack[stack.length - 1].level > L) {
        shallowestClosed = stack.pop()!.level;
        closedDeeper = true;
      }
      const sibling = stack.length > 0 && stack[stack.length - 1].level === L;
      if (sibling) stack.pop();
      // A list of "1." items before the first section "一、" is an introduction, not an inversion.
      const introList = !stack.length && shallowestClosed >= 3 && L === 1;
      if (closedDeeper && !sibling && last[L] === 0 && !introList) {
        // 一、 → 1. → （一）: a higher level comes back below a deeper one it should contain.
        report(h, 'heading-numbering-order.inverted', { level: LEVEL_NAME[L], deeper: canonicalMarker(Math.min(4, L + 1) as HeadingLevel, 1) });
      } else if (h.number !== last[L] + 1 && !(last[L] === 0 && running[L] > 0 && h.number === running[L] + 1)) {
        const expected = last[L] + 1;
        const fixed = canonicalMarker(L, expected);
        if (last[L] === 0) report(h, 'heading-numbering-order.restart', { fixed }, expected);
        else if (h.number === last[L]) report(h, 'heading-numbering-order.repeated', { fixed }, expected);
        else if (h.number > expected) report(h, 'heading-numbering-order.skipped', { fixed }, expected);
        else report(h, 'heading-numbering-order.backwards', { fixed, previous: canonicalMarker(L, last[L]) }, expected);
      }
      // A skipped level (一、 straight to 1.): once per parent, as info.
      const parent = stack.length ? stack[stack.length - 1] : undefined;
      // (A list that a note's lead-in opens, 注：1.…… ⏎ 2.……, belongs to the note, not to the heading above.)
      if (!allowSkip && !continued && parent && L > parent.level + 1 && !parent.skipReported) {
        parent.skipReported = true;
        const between = (parent.level + 1) as HeadingLevel;
        // One level skipped (一、 → 1.) many offices allow: info. Two (一、 → （1）) turn the order upside down: warning.
        report(h, 'heading-numbering-order.skipLevel', { parent: canonicalMarker(parent.level, 1), level: LEVEL_NAME[between], example: canonicalMarker(between, 1), skipped: String(L - parent.level - 1) });
      }
      last[L] = h.number;
      running[L] = h.number;
      for (let d = L + 1; d <= 4; d++) last[d as HeadingLevel] = 0;
      stack.push({ level: L, skipReported: false });
    }
  },
};
