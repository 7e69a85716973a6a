import { strict as assert } from 'node:assert';
import { applyFixes, fixesOf, lint } from '../../../src/core';
import { ruleCases } from '../helpers/ruleTester';

const doc = (title: string, closing: string, recipients = '各科室：') =>
  `${title}\n\n${recipients}\n　　请于3月10日前完成自查并报送结果。\n　　${closing}\n\n××局\n2024年3月5日\n`;
const request = (closing: string) => doc('××局关于购置执法车辆的请示', closing, '市人民政府：');

ruleCases('closing-mismatch', {
  valid: [
    { text: doc('××局关于2024年工作情况的报告', '以上报告如无不妥，请批转各单位执行。', '市人民政府：'), why: 'a 报告 may propose that it be forwarded (呈转性报告)' },
    { text: request('特此请示。妥否，请批复。'), why: 'a 请示 published with both of its formulas' },
    { text: doc('××市人民政府关于提请审议《××市城市绿化条例（草案）》的议案', '请予审议。', '市人民代表大会常务委员会：'), why: 'an 议案 put to a vote' },
    { text: '现将2024年第一季度安全生产检查情况通报如下。\n　　检查发现隐患32处，已全部整改。\n　　特此通报。\n', why: 'a 通报 that reports, without a title' },
    { text: doc('××局关于商请审批用地的函', '请予批准。', '市自然资源局：'), why: 'a 函 may ask a body it is not under for approval (条例第八条（十四）请求批准)' },
    { text: doc('××局关于开展安全检查的通知', '特此通知。'), why: 'a 通知 closing' },
    { text: request('妥否，请批示。'), why: 'a 请示 closing' },
    { text: request('特此请示，请予批复。'), why: '特此请示 is accepted for a 请示 (seed)' },
    { text: doc('××区财政局关于追加经费的复函', '此复。', '××区教育局：'), why: '此复 closes a 复函 as well as a 批复' },
    { text: doc('××局关于2024年工作情况的报告', '妥否，请批示。', '市人民政府：'), why: 'a request in a 报告 is genre-report-contains-request\'s' },
    { text: request('特此报告。'), why: 'a 请示 without any request: closing-request-required reports it (one finding per fault)' },
    { text: doc('××局关于开展安全检查的通知', '请按《关于“特此报告”用法的说明》执行。'), why: 'a formula inside a cited title is not the closing' },
    { text: doc('××局关于调整学校布局的请示报告', '特此报告。', '市人民政府：'), why: 'a doubled genre: which closing is right is genre-doubled\'s question' },
  ],
  invalid: [
    { text: doc('××局关于2024年工作情况的报告', '以上请示，如无不妥，请批转各单位执行。', '市人民政府：'), found: ['以上请示'], severity: 'warning', message: '以上报告' },
    { text: doc('××市第二中学关于商请借用市体育中心场地的函', '特此函告，请批复。', '市体育中心：'), found: ['请批复'], suggestions: ['请研究函复', '请予函复'] },
    { text: '××市城市管理局关于规范户外广告设置的通告\n\n　　禁止在行道树上悬挂广告。\n　　特此通知。\n\n××市城市管理局\n2025年3月15号\n', found: ['特此通知。'] },
    { text: doc('××县人民政府关于同意西岭镇调整行政村规模的批复', '此复。\n　　特此批复。', '西岭镇人民政府：'), found: ['特此批复。'], message: '重复' },
    { text: doc('××市人民政府关于提请审议《××市城市绿化条例（草案）》的议案', '请予审批。', '市人民代表大会常务委员会：'), found: ['请予审批'], suggestions: ['请予审议'] },
    { text: '××县人民政府常务会议纪要\n\n　　会议研究了城区停车设施建设等事项。\n　　一、关于城区停车设施建设\n　　会议同意新建公共停车场6处。\n　　特此报告。\n\n　　出席：张××　王××\n　　列席：县政府办公室主要负责人\n', found: ['特此报告。'] },
    { text: '现将《2024年全县中小学校园安全专项整治工作方案》印发给你们，请认真组织实施。\n特此通报。\n', found: ['特此通报'], message: '印发、转发公文用通知', suggestions: ['特此通知'] },
    { text: doc('××区财政局关于商请追加经费的函', '妥否，请批示。', '××区教育局：'), found: ['妥否，请批示。'], severity: 'warning', message: '请研究函复', output: null, suggested: doc('××区财政局关于商请追加经费的函', '请研究函复。', '××区教育局：'), suggestions: ['请研究函复。', '请予函复。'] },
    { text: doc('××局关于开展安全检查的通知', '此复。'), found: ['此复。'], output: null, suggested: doc('××局关于开展安全检查的通知', '特此通知。'), message: '批复或函' },
    { text: doc('××市人民政府关于同意调整学校布局的批复', '特此通知。', '××区人民政府：'), found: ['特此通知。'], output: null, suggested: doc('××市人民政府关于同意调整学校布局的批复', '此复。', '××区人民政府：')},
    { text: doc('××市安委会关于安全生产检查情况的通报', '特此通知，请各单位引以为戒。'), found: ['特此通知'], output: null, suggested: doc('××市安委会关于安全生产检查情况的通报', '特此通报，请各单位引以为戒。')},
    { text: request('特此报告，妥否，请批示。'), found: ['特此报告'], output: null, suggested: request('妥否，请批示。'), message: '已有请示的结束语' },
    { text: doc('××区财政局关于商请追加经费的函', '特此批复。', '××区教育局：'), found: ['特此批复。'], output: null, suggested: doc('××区财政局关于商请追加经费的函', '特此函告。', '××区教育局：')},
    { text: doc('××局关于开展安全检查的通知', '特此通知！\n　　妥否，请批示。'), found: ['妥否，请批示。'], output: null, suggested: doc('××局关于开展安全检查的通知', '特此通知！'), message: '已有通知的结束语' },
    { text: doc('××局关于表彰先进集体的决定', '特此通知。'), found: ['特此通知。'], output: null, suggestions: [''] },
    { text: doc('××局关于开展安全检查的通知', '特此报告！'), found: ['特此报告！'], output: null, suggested: doc('××局关于开展安全检查的通知', '特此通知。')},
  ],
});

describe('closing-mismatch with the other closing rules (all rules, one fix pass)', () => {
  // The closing that was meant is the drafter's call: bulk fixing only mends punctuation, and the closing
  // the 文种 calls for is offered as a suggestion.
  const han = (x: string) => (x.match(/\p{Script=Han}/gu) ?? []).join('');
  const cases: Array<[string, string, string]> = [
    ['特此通知！ in a 请示 without a request', request('特此通知！'), '妥否，请批示。'],
    ['妥否？请批示！ in a 通知', doc('××局关于开展安全检查的通知', '妥否？请批示！'), '特此通知。'],
    ['此复！ in a 通知', doc('××局关于开展安全检查的通知', '此复！'), '特此通知。'],
    ['特此报告！ after the request of a 请示', request('妥否，请批示。\n　　特此报告！'), ''],
    ['妥否？请批示！ in a 请示', request('妥否？请批示！'), ''],
  ];
  for (const [name, text, offered] of cases) {
    it(name, () => {
      const first = lint(text, { detect: 'always' });
      const fixed = applyFixes(text, fixesOf(first.findings)).text;
      assert.equal(han(fixed), han(text), 'bulk fixing keeps every word of the closing');
      const again = lint(fixed, { detect: 'always' });
      assert.deepEqual(again.findings.filter((f) => f.fix).map((f) => f.ruleId), [], 'one pass converges');
      if (offered) {
        const texts = again.findings.flatMap((f) => f.suggestions.map((x) => x.fix.text));
        assert.ok(texts.includes(offered), `${offered} is offered (offered: ${JSON.stringify(texts)})`);
      }
    });
  }
});
