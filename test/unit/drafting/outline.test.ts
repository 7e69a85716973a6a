/** Outline and folding: the title as the root, 一、（一）1.（1） nested under it, attachments and 版记 after. */
import { strict as assert } from 'node:assert';
import { parse } from '../../../src/core';
import { builtinTemplates, buildOutline, fillTemplate, foldingRanges, type OutlineNode } from '../../../src/core/templates';
import { JAN_5, SAMPLE } from './helpers';

const DOC = [
  '某某市教育局文件',                       // 0
  '',
  '某教〔2026〕3号',                        // 2
  '',
  '某某市教育局关于做好2026年防汛工作的通知', // 4
  '',
  '各区县教育局：',                         // 6
  '　　为做好防汛工作，现将有关事项通知如下：',
  '　　一、提高认识',                       // 8
  '　　（一）统一思想。各单位要高度重视。',   // 9
  '　　1.组织学习',                         // 10
  '　　（1）集中学习。每月一次。',           // 11
  '　　（2）自学。',                        // 12
  '　　2.督促检查',                         // 13
  '　　（二）落实责任',                      // 14
  '　　……。',
  '',
  '　　二、加强值守',                        // 17
  '　　<!-- wenmi-disable -->',             // 18
  '　　……。',
  '　　<!-- wenmi-enable -->',              // 20
  '　　特此通知。',                          // 21
  '',
  '　　附件：1.值班表',                      // 23
  '　　　　　2.联系表',                      // 24
  '',
  '某某市教育局',
  '2026年1月5日',                           // 27
  '',
  '附件1',                                  // 29
  '',
  '值班表',
  '',
  '　　……',                                 // 33
  '',
  '附件2',                                  // 35
  '',
  '联系表',                                 // 37
  '',
  '抄送：某某市应急管理局。',                 // 39
  '某某市教育局办公室　　2026年1月5日印发',   // 40
  '',
].join('\n');

function shape(nodes: OutlineNode[]): unknown[] {
  return nodes.map((n) => (n.children.length ? { [n.name]: shape(n.children) } : n.name));
}

describe('drafting: outline', () => {
  const doc = parse(DOC);
  const outline = buildOutline(doc);

  it('the 版头, the title with the 层次标题 tree, the attachments and the 版记', () => {
    assert.deepEqual(shape(outline), [
      '版头',
      {
        某某市教育局关于做好2026年防汛工作的通知: [
          { '一、提高认识': [
            { '（一）统一思想': [{ '1.组织学习': ['（1）集中学习', '（2）自学'] }, '2.督促检查'] },
            '（二）落实责任',
          ] },
          '二、加强值守',
        ],
      },
      '附件1　值班表',
      '附件2　联系表',
      '版记',
    ]);
  });

  it('every child lies inside its parent, and selections inside ranges', () => {
    const check = (nodes: OutlineNode[], parent?: OutlineNode) => {
      for (const n of nodes) {
        assert.ok(n.range[0] <= n.selection[0] && n.selection[1] <= n.range[1], n.name);
        if (parent) assert.ok(parent.range[0] <= n.range[0] && n.range[1] <= parent.range[1], `${n.name} inside ${parent.name}`);
        check(n.children, n);
      }
    };
    check(outline);
    const title = outline[1];
    assert.equal(DOC.slice(title.selection[0], title.selection[1]), '某某市教育局关于做好2026年防汛工作的通知');
    const first = title.children[0];
    assert.equal(DOC.slice(first.selection[0], first.selection[1]), '一、提高认识');
    assert.equal(first.detail, '一级');
    assert.ok(DOC.slice(first.range[0], first.range[1]).endsWith('　　……。'), 'a section runs to its last line before the next 一级 heading');
  });

  it('without a title, the headings are the roots', () => {
    const r = buildOutline(parse('　　一、总体要求\n　　……。\n　　二、主要任务\n　　（一）……\n'));
    assert.deepEqual(shape(r), ['一、总体要求', { '二、主要任务': ['（一）……'] }]);
  });

  it('every built-in template has its title as a root and its headings under it', () => {
    for (const tpl of builtinTemplates()) {
      const text = fillTemplate(tpl, SAMPLE, 'plain', JAN_5);
      const d = parse(text);
      const o = buildOutline(d);
      const title = o.find((n) => n.kind === 'title');
      assert.ok(title, tpl.id);
      const count = (ns: OutlineNode[]): number => ns.reduce((s, n) => s + 1 + count(n.children), 0);
      assert.equal(count(title!.children), d.headings.length, tpl.id);
    }
  });
});

describe('drafting: folding', () => {
  it('folds heading sections, the 版头, the 附件说明, each attachment, the 版记 and suppression blocks', () => {
    const ranges = foldingRanges(parse(DOC)).map((r) => `${r.startLine}-${r.endLine}${r.kind === 'comment' ? 'c' : ''}`);
    for (const expected of ['0-2', '8-15', '9-13', '10-12', '17-21', '18-20c', '23-24', '29-33', '35-37', '39-40']) {
      assert.ok(ranges.includes(expected), `${expected} in ${ranges.join(' ')}`);
    }
    assert.ok(!ranges.some((r) => /^(\d+)-\1/.test(r)), 'no one-line ranges');
  });

  it('nothing to fold in a one-paragraph note', () => {
    assert.deepEqual(foldingRanges(parse('今天下午开会。\n')), []);
  });
});
