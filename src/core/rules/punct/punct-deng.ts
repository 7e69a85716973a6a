import { t } from '../../messages';
import { isInside } from '../../parse/quotes';
import type { RuleDefinition } from '../types';
import { punctContext, type PunctContext } from './context';

/** Words that begin with 等 and are not the list-closing 等: 等级, 等待, 差额、等额选举 … */
const DENG_WORD = /^等(?:级|次|第|额|量|同|待|候|到|于|值|效|比|距|高|号|式|分|腰|边|价|身|闲|位|速|温|压|外|差|离子|着|一下|会儿|你|他|她|我|人家)/;
/** After a comma (and no 、-list), 等 closes a list only when a collective noun follows: ，等部门 / ，等多个单位 (not ，等3天 "wait"). */
const DENG_COLLECTIVE =
  /^等(?:多[个家项种类]|若干|一系列|部门|单位|方面|地区|领域|行业|机构|机关|企业|组织|人员|群体|问题|内容|事项|项目|工作|措施|方式|形式|活动|文件|材料|情况|因素|环节|国家|城市|省份|地方)/;
const LINE_ORDINAL = /^[一二三四五六七八九十百]+$/;

export interface DengMark {
  at: number;
  mark: string;
}

/** The marks before a list-closing 等 (shared with punct-halfwidth-in-cjk, which leaves a "," here alone). */
export function findDengMarks(pc: PunctContext): DengMark[] {
  return pc.memo('punct-deng', () => {
    const s = pc.chars;
    const out: DengMark[] = [];
    // 等 is rarer than 、 and ，: find it and look at the mark before it.
    for (const d of pc.positionsOf('等')) {
      if (d < 1) continue;
      const at = d - 1;
      const mark = s.charAt(at);
      if (mark !== '、' && mark !== '，' && mark !== ',') continue;
      if (isInside(pc.doc.quoted, at, at + 2)) continue;
      const after = s.slice(at + 1, at + 7);
      const doubled = after.startsWith('等等');
      if (!doubled && DENG_WORD.test(after)) continue;
      const line = pc.lineAt(at);
      if (mark === '、') {
        // 三、等级评定: the 、 of a heading ordinal.
        if (LINE_ORDINAL.test(s.slice(line.contentStart, at))) continue;
      } else {
        // After a comma: only when the clause is a 、-list or what follows is clearly the list-closing 等.
        let j = at - 1;
        while (j >= line.start && !/[，。；：！？,;:!?]/.test(s.charAt(j))) j--;
        const clause = s.slice(j + 1, at);
        if (clause.indexOf('、') < 0 && !DENG_COLLECTIVE.test(after)) continue;
      }
      out.push({ at, mark });
    }
    return out;
  });
}

export const punctDeng: RuleDefinition = {
  meta: {
    id: 'punct-deng',
    title: '“等”前不用顿号',
    description: '列举后的“等”“等等”前不用顿号或逗号，如“财政、人社等部门”，不写“财政、人社、等部门”。',
    category: 'punct',
    basis: 'GB/T 15834',
    scope: 'unit',
    source: 'GB/T 15834—2011 附录B（顿号、逗号在“等”“等等”前的用法）〔条号待核〕',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '删去“等”前的顿号或逗号' },
  },
  check(ctx) {
    for (const d of findDengMarks(punctContext(ctx.doc, ctx.window))) {
      ctx.report({
        range: [d.at, d.at + 1],
        message: t('punct-deng.found', { mark: d.mark }),
        fix: { range: [d.at, d.at + 1], text: '' },
      });
    }
  },
};
