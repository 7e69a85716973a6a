import type { LintConfig } from '../../../src/core';
import { ruleCases } from '../helpers/ruleTester';

const config: Partial<LintConfig> = {
  terms: [
    { wrong: '截止目前', right: '截至目前', severity: 'error', note: '“截至”表示到某时为止' },
    { wrong: '教委', right: '教育局', exceptions: ['国家教委'] },
    { wrong: '做为', right: '作为' },
    { wrong: '一把手', right: '主要负责同志', severity: 'info' },
    // The right form contains the wrong one: the right form itself is never flagged.
    { wrong: '不断', right: '不断地' },
  ],
};

const doc = (body: string, title = '某某局关于做好统计工作的通知') => `${title}\n\n各科室：\n　　${body}\n　　特此通知。\n\n某某局\n2024年3月5日\n`;

ruleCases('terms', {
  valid: [
    { text: doc('截至目前，已有5个科室报送统计表。'), why: 'the right form', config },
    { text: doc('原国家教委有关规定继续参照执行。'), why: '国家教委 is an exception of the 教委 entry', config },
    { text: doc('请按《关于“截止目前”等用语的说明》执行。'), why: 'a cited title is not the document’s own words', config },
    { text: doc('文件中“做为”一词应改正。'), why: 'a quoted word is not the document’s own use', config },
    { text: doc('各科室要不断地改进工作。'), why: 'the right form 不断地 contains the wrong form 不断 and is not flagged', config },
    { text: doc('截止目前，市教委做为牵头单位。'), why: 'no terms configured: the rule is silent', config: { terms: [] } },
    { text: doc('截止目前，已有5个科室报送。'), why: 'a term removed is not checked (only other terms are listed)', config: { terms: [{ wrong: '做为', right: '作为' }] } },
    { text: doc('要拓宽群众反映问题的途径。'), why: 'a context guard: 途径 is 途经 only before a place', config: { terms: [{ wrong: '途径', right: '途经', after: '[我本该]?[省市县区乡镇村]' }] } },
    { text: doc('严禁泄露工作秘密。'), why: 'a context guard: 泄露 is 泄漏 only after a gas or liquid', config: { terms: [{ wrong: '泄露', right: '泄漏', before: '(?:气|油|液)[^，。]{0,3}' }] } },
  ],
  invalid: [
    {
      text: doc('新建公路途径我县5个乡镇。'),
      found: ['途径'],
      output: doc('新建公路途经我县5个乡镇。'),
      config: { terms: [{ wrong: '途径', right: '途经', after: '[我本该]?[省市县区乡镇村]' }] },
    },
    {
      text: doc('严防有毒气体泄露。'),
      found: ['泄露'],
      config: { terms: [{ wrong: '泄露', right: '泄漏', before: '(?:气|油|液)[^，。]{0,3}' }] },
    },
    {
      text: doc('截止目前，已有5个科室报送统计表。'),
      found: ['截止目前'],
      output: doc('截至目前，已有5个科室报送统计表。'),
      severity: 'error',
      message: '“截至”表示到某时为止',
      config,
    },
    {
      text: doc('市教委将于4月组织检查，原国家教委的规定继续执行。'),
      found: ['教委'],
      output: doc('市教育局将于4月组织检查，原国家教委的规定继续执行。'),
      severity: 'warning',
      config,
    },
    {
      text: doc('做为牵头单位，办公室要做为表率。'),
      found: ['做为', '做为'],
      output: doc('作为牵头单位，办公室要作为表率。'),
      config,
    },
    {
      text: doc('单位一把手要亲自抓。'),
      found: ['一把手'],
      output: doc('单位主要负责同志要亲自抓。'),
      severity: 'info',
      config,
    },
    {
      text: doc('要不断改进工作作风，不断地提高效率。'),
      found: ['不断'],
      output: doc('要不断地改进工作作风，不断地提高效率。'),
      config,
    },
    {
      text: doc('请按时报送。', '某某局关于市教委检查工作安排的通知'),
      found: ['教委'],
      output: doc('请按时报送。', '某某局关于市教育局检查工作安排的通知'),
      message: '应写作“教育局”',
      config,
    },
  ],
});
