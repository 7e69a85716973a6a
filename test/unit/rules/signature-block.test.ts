import type { LintConfig } from '../../../src/core';
import { ruleCases } from '../helpers/ruleTester';

const config: Partial<LintConfig> = { organization: { name: '某某市教育局', shortName: '市教育局', code: '某教' } };

const doc = (signature: string, genre = '通知') =>
  `某某市教育局关于做好学校安全工作的${genre}\n\n各区教育局：\n　　请各区做好学校安全工作。\n　　特此${genre === '纪要' ? '说明' : '通知'}。\n\n${signature}\n2024年3月5日\n`;

ruleCases('signature-block', {
  valid: [
    { text: doc('某某市教育局'), why: 'the full name', config },
    { text: doc('市教育局'), why: 'the 规范化简称', config },
    { text: doc('某 某 市 教 育 局'), why: 'a spaced-out full name is the same name', config },
    { text: doc('某某市财政局\n某某市教育局'), why: 'a joint document: one of the 署名 is ours', config },
    { text: doc('某某市教育局办公室'), why: 'no organization profile: silent', config: {} },
    { text: doc('某某市教育局办公室'), why: 'a profile without name or short name says nothing about the 署名', config: { organization: { code: '某教' } } },
    { text: doc('某某市教育局（印章）'), why: 'a seal note after the name', config },
  ],
  invalid: [
    { text: doc('某某市教育局办公室'), found: ['某某市教育局办公室'], suggestions: ['某某市教育局', '市教育局'], severity: 'warning', config },
    { text: doc('市教委'), found: ['市教委'], suggestions: ['某某市教育局', '市教育局'], message: '规范化简称“市教育局”', config },
    { text: doc('某某市财政局'), found: ['某某市财政局'], config },
    { text: doc('教育局'), found: ['教育局'], suggestions: ['某某市教育局'], config: { organization: { name: '某某市教育局' } } },
    { text: doc('某某市财政局\n某某市人力资源和社会保障局'), found: ['某某市财政局'], config },
    { text: doc('某某市教育局党组'), found: ['某某市教育局党组'], message: '第九条（十一）', config },
  ],
});
