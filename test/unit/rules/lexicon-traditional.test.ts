import { strict as assert } from 'node:assert';
import { lint } from '../../../src/core';
import { readAsWritten, simplifyText } from '../../../src/core/simplify';
import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string, body: string) => `${title}\n\n各区县人民政府：\n　　${body}\n　　特此通知。\n\n××市人民政府\n2025年3月5日\n`;
const TITLE = '××市人民政府关于做好防汛工作的通知';

ruleCases('lexicon-traditional', {
  valid: [
    { text: doc(TITLE, '请认真做好防汛准备工作。'), why: 'all simplified' },
    { text: '××市人民政府關於做好防汛工作的通知\n\n各區縣人民政府：\n　　請認真做好防汛準備工作，確保安全度汛。\n　　特此通知。\n\n××市人民政府\n2025年3月5日\n', why: 'a draft in traditional characters throughout is read as its simplified text' },
    { text: doc(TITLE, '他在信中写道：“請認真做好準備。”'), why: 'inside quotation marks' },
    { text: doc(TITLE, '乾县、乾陵一带要做好防汛工作。'), why: '乾 is a simplified character of its own (乾县)' },
    { text: doc(TITLE, '请各区县于3月10日前报送防汛责任人名单，做好人员、物资和预案准备。'), why: 'no traditional character' },
    { text: doc(TITLE, '喆、堃、淼等字用于人名时可以使用。'), why: 'the 异体字 that 《通用规范汉字表》 admits again for names are not in the table' },
  ],
  invalid: [
    { text: doc('××市人民政府關於做好防汛工作的通知', '请认真做好防汛准备工作。'), found: ['關', '於'], severity: 'warning', suggestions: ['关'] },
    { text: doc(TITLE, '请认真做好防汛準備工作。'), found: ['準', '備'], suggestions: ['准'] },
    { text: doc(TITLE, '各单位要加強值班值守。'), found: ['強'], suggestions: ['强'] },
    { text: doc(TITLE, '请各区县于3月10日前將名单报送市应急管理局。'), found: ['將'], suggestions: ['将'] },
    { text: doc(TITLE, '确保人民群众生命財产安全。'), found: ['財'], suggestions: ['财'] },
    { text: doc(TITLE, '各单位要依灋落实防汛责任。'), found: ['灋'], suggestions: ['法'], message: '异体字', suggested: doc(TITLE, '各单位要依法落实防汛责任。') },
    { text: doc(TITLE, '请各区县按旹报送防汛责任人名单。'), found: ['旹'], suggestions: ['时'], message: '《通用规范汉字表》附件1' },
    { text: doc(TITLE, '上下游要协调配合，咊衷共济。'), found: ['咊'], suggestions: ['和'] },
    { text: '美容美發中心\n', found: ['發'], suggestions: ['发'] },
  ],
});

describe('traditional characters: slips read as written, a traditional draft read as simplified', () => {
  it('a simplified draft with slips keeps its text (no copy of it) and each slip is reported with its simplified form', () => {
    const body = '请各区县认真做好防汛准备工作，这是当前的重点，关系人民群众生命財产安全。'.repeat(40);
    const text = doc(TITLE, body);
    const s = simplifyText(text);
    assert.equal(s.text, text);
    assert.ok(readAsWritten(s));
    const found = lint(text, { detect: 'always' }).findings.filter((f) => f.ruleId === 'lexicon-traditional');
    assert.equal(found.length, 40);
    assert.ok(found.every((f) => text.slice(f.range[0], f.range[1]) === '財' && f.suggestions[0].fix.text === '财'));
  });

  it('the lexicon looks through a slip read as written: 佈署 is still the 部署 typo', () => {
    const text = doc(TITLE, '这项工作要统一佈署，这是当前的重点，关系人民群众生命财产安全。'.repeat(3));
    assert.ok(readAsWritten(simplifyText(text)));
    const found = lint(text, { detect: 'always' }).findings;
    const typo = found.filter((f) => f.ruleId === 'lexicon-typo');
    assert.equal(typo.length, 3);
    assert.ok(typo.every((f) => text.slice(f.range[0], f.range[1]) === '佈署' && f.suggestions[0].fix.text === '部署'));
    assert.equal(found.filter((f) => f.ruleId === 'lexicon-traditional').length, 3);
  });

  it('a draft in traditional characters, and 復函 alone, are read as the simplified text they stand for', () => {
    const traditional = '××市人民政府關於做好防汛工作的通知\n\n各區縣人民政府：\n　　請認真做好防汛準備工作。\n';
    assert.equal(simplifyText(traditional).text, '××市人民政府关于做好防汛工作的通知\n\n各区县人民政府：\n　　请认真做好防汛准备工作。\n');
    assert.equal(simplifyText('復函').text, '复函');
    // 覆 is 复 in 批覆 of a traditional text only (in a simplified one 批覆 is a typo for the wording rules).
    assert.equal(simplifyText('關於同意的批覆').text, '关于同意的批复');
    assert.equal(simplifyText('批覆').text, '批覆');
  });
});
