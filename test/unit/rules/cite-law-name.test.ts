import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closestName, editDistance } from '../../../src/core/rules/format/cite-law-name';
import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××县应急管理局关于开展安全生产执法检查的通知\n\n各乡镇人民政府：\n　　${body}\n　　特此通知。\n\n××县应急管理局\n2024年3月5日\n`;

ruleCases('cite-law-name', {
  valid: [
    { text: doc('依据《中华人民共和国安全生产法》，对企业开展检查。'), why: 'the full name as listed' },
    { text: doc('依据《中华人民共和国安全生产法》（2021年修正）开展检查，《安全生产法》规定的各项制度要落实。'), why: 'a bracketed version, and the short name after the full one' },
    { text: doc('依照《建设工程质量管理条例》开展检查。'), why: 'a regulation as listed' },
    { text: doc('根据《党政机关公文处理工作条例》和《中国共产党纪律处分条例》执行。'), why: 'Party regulations as listed' },
    { text: doc('依照《浙江省安全生产条例》和《杭州市安全生产管理办法》开展检查。'), why: 'local regulations are not in the national list' },
    { text: doc('制定《安全生产执法检查实施办法》。'), why: '办法 is no law' },
    { text: doc('依据《中华人民共和国民营经济促进法》开展工作。'), why: 'a law newer than the list, near no listed name: nothing said' },
    { text: doc('根据《宪法》规定。'), why: '《宪法》 as a short name is usual' },
    { text: `××县应急管理局关于开展执法检查的通知\n\n各乡镇人民政府：\n　　依据《中华人民共和国合同法》开展检查。\n\n××县应急管理局\n2019年3月5日\n`, why: 'before the 民法典 replaced it' },
    { text: doc('他说：“依据《刑法》处理。”'), why: 'inside a quotation' },
  ],
  invalid: [
    { text: doc('依据《中华人民共合国安全生产法》，对相关企业依法作出处罚。'), found: ['中华人民共合国'], severity: 'warning', suggestions: ['中华人民共和国'] },
    { text: doc('依据《中华人民共和国招投标法》有关规定，本项目实行公开招标。'), found: ['招投标法'], message: '招标投标法', suggestions: ['招标投标法'] },
    { text: doc('依照《建筑工程质量管理条例》开展检查。'), found: ['建筑工程质量管理条例'], suggestions: ['建设工程质量管理条例'] },
    { text: doc('对构成犯罪的，依照《刑法》有关规定追究刑事责任，《刑法》另有规定的除外。'), found: ['《刑法》'], severity: 'info', suggestions: ['中华人民共和国'] },
    { text: doc('依照《中华人民共和国末成年人保护法》做好校园安全工作。'), found: ['末成年人保护法'], suggestions: ['未成年人保护法'] },
    { text: doc('认真贯彻《中华人民共和国食品卫生法》和《中华人民共和国合同法》。'), found: ['食品卫生法', '合同法'], severity: 'warning', message: '已于' },
    { text: doc('根据《党政机关公文处理条例》有关规定，现就规范公文办理通知如下。'), found: ['党政机关公文处理条例'], suggestions: ['党政机关公文处理工作条例'] },
    { text: doc('学习宣传《中华人民共和国粮食安全法》和《中华人民共和国民营经济发展促进法》。'), found: ['粮食安全法', '民营经济发展促进法'], suggestions: ['粮食安全保障法'] },
    { text: doc('严格执行《中国共产党党员纪律处分条例》和《优化营商环境管理条例》。'), found: ['中国共产党党员纪律处分条例', '优化营商环境管理条例'], suggestions: ['中国共产党纪律处分条例'] },
  ],
});

describe('cite-law-name: the names and the distance', () => {
  it('editDistance counts edits and gives up past its bound', () => {
    assert.equal(editDistance('招投标法', '招标投标法', 2), 1);
    assert.equal(editDistance('建筑工程质量管理条例', '建设工程质量管理条例', 2), 1);
    assert.equal(editDistance('能源法', '电力法', 1), 2);
  });
  it('closestName takes the one nearest name, none when two are as near', () => {
    const pool = new Set(['电力法', '矿产资源法', '节约能源法']);
    assert.equal(closestName('矿产资源发', pool), '矿产资源法');
    assert.equal(closestName('民营经济促进法', new Set(['民办教育促进法'])), undefined, 'two characters apart: a newer law, not a slip');
    assert.equal(closestName('节约能原法', pool), '节约能源法');
    assert.equal(closestName('甲乙法', new Set(['甲丙法', '甲丁法'])), undefined);
  });
  it('the data follows its schema: every law ends as a law, every regulation in 条例, no prefix, no duplicates', () => {
    const root = join(__dirname, '..', '..', '..');
    const data = JSON.parse(readFileSync(join(root, 'src', 'core', 'rules', 'format', 'data', 'laws.json'), 'utf8'));
    const schema = JSON.parse(readFileSync(join(root, 'schemas', 'laws.schema.json'), 'utf8'));
    for (const k of schema.required) assert.ok(data[k] !== undefined, `${k} missing`);
    const law = new RegExp(schema.properties.laws.items.pattern);
    const regulation = new RegExp(schema.properties.regulations.items.pattern);
    assert.ok(data.laws.length > 250 && data.regulations.length > 400);
    for (const n of data.laws) assert.ok(law.test(n), n);
    for (const n of data.regulations) assert.ok(regulation.test(n), n);
    assert.equal(new Set(data.laws).size, data.laws.length);
    assert.ok(data.laws.includes('招标投标法') && data.laws.includes('民法典'));
  });
});
