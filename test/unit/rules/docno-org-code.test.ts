import type { LintConfig } from '../../../src/core';
import { ruleCases } from '../helpers/ruleTester';

const config: Partial<LintConfig> = { organization: { name: '某某市教育局', code: '某教' } };
const withKind: Partial<LintConfig> = { organization: { name: '某某市教育局', code: '某教发' } };

const doc = (docNo: string, body = '请各区做好学校安全工作。') =>
  `${docNo}\n\n某某市教育局关于做好学校安全工作的通知\n\n各区教育局：\n　　${body}\n　　特此通知。\n\n某某市教育局\n2024年3月5日\n`;

ruleCases('docno-org-code', {
  valid: [
    { text: doc('某教发〔2024〕5号'), why: 'the 代字 starts with the configured code', config },
    { text: doc('某教函〔2024〕3号'), why: 'another kind of the same office’s 代字 (某教 + 函)', config },
    { text: doc('某财发〔2024〕5号'), why: 'no organization code configured: silent', config: { organization: { name: '某某市教育局' } } },
    { text: doc('某财发〔2024〕5号'), why: 'no organization at all: silent', config: {} },
    { text: doc('某教发〔2024〕5号', '根据某财发〔2024〕3号文件要求，请各区做好工作。'), why: 'a 发文字号 cited in the body is another office’s, not ours', config },
    { text: doc('某教发[2024]5号'), why: 'a faulty bracket is docno-format’s business; the 代字 is ours', config },
  ],
  invalid: [
    { text: doc('某财发〔2024〕5号'), found: ['某财发'], suggestions: ['某教发'], message: '不是本机关的代字“某教”', config },
    { text: doc('某财函〔2024〕2号'), found: ['某财函'], suggestions: ['某教函'], config },
    { text: doc('某教函〔2024〕3号'), found: ['某教函'], suggestions: ['某教发'], config: withKind },
    { text: doc('教发〔2024〕5号'), found: ['教发'], suggestions: ['某教发'], config },
    { text: doc('某人社发[2024]7号'), found: ['某人社发'], suggestions: ['某教发'], config },
    { text: doc('某财发〔2024〕5号　　签发人：张三'), found: ['某财发'], severity: 'warning', config },
  ],
});
