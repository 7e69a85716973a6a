import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { departmentOf } from '../closing/phrases';
import { genreWordFix, getBareTitle } from './title-tools';

/**
 * Bodies that hold no power to issue a 命令（令）: enterprises, public institutions and social organisations
 * (公司, 学校, 医院, 协会…), and a government's general office (办公厅、办公室), which issues in the government's name only by 通知. 命令 is for 行政法规 and 规章, 重大强制性措施, 衔级 and 嘉奖 (条例第八条（三）),
 * which only state organs and the armed forces issue.
 */
const NO_ORDER_POWER = /(?:办公厅|办公室|公司|集团|企业|工厂|[^工]厂|商行|商场|酒店|银行|信用社|学校|大学|学院|中学|小学|幼儿园|医院|卫生院|研究所|研究院|协会|学会|商会|联合会|基金会|合作社|村民委员会|居民委员会|村委会|居委会|社区)$/;
/** What a 命令 about a person or an internal rule should have been: a 决定 for 奖惩, a 通知 for the rest. */
const REWARD_OR_SANCTION = /处分|记过|警告|开除|除名|表彰|奖励|嘉奖|记功|授予|任免|任命|免去|聘任|解聘/;

export const genreOrderIssuer: RuleDefinition = {
  meta: {
    id: 'genre-order-issuer',
    title: '命令（令）的发文机关',
    description:
      '企业、事业单位、社会组织或地方人民政府的工作部门以“命令”“令”行文。条例第八条（三）规定命令（令）适用于公布行政法规和规章、宣布施行重大强制性措施、批准授予和晋升衔级、嘉奖有关单位和人员，' +
      '只有依法有权的国家机关使用（规章由国务院部门和省、设区的市人民政府制定）；单位内部的奖惩用决定，公布制度或部署工作用通知。',
    category: 'genre',
    basis: '条例',
    source: '条例第八条（三）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    if (g?.genre.id !== '命令' || g.source !== 'title' || !g.word) return;
    const title = getBareTitle(ctx.doc)?.text ?? '';
    const at = title.indexOf('关于');
    const issuer = (at > 0 ? title.slice(0, at) : title.slice(0, title.length - g.word.text.length)).trim();
    // A working department of a local government (××县教育局, ××市财政局) makes no 规章 and issues no 令 either; the
    // ministries and the State Council's bodies (公安部, 国家……总局) do.
    const localDepartment = !!departmentOf(issuer, true) && !/^(?:中华人民共和国|国家|国务院)/.test(issuer);
    // A county's, a district's or a township's government makes no 规章 (only 省 and 设区的市 governments do): its numbered 令 has nothing to publish.
    const lowGovernment = g.word.text === '令' && /(?:县|旗|(?<!自治)区|乡|镇)人民政府$/.test(issuer);
    if (!issuer || (!NO_ORDER_POWER.test(issuer) && !localDepartment && !lowGovernment)) return;
    const instead = REWARD_OR_SANCTION.test(title) ? '决定' : '通知';
    const fix = genreWordFix(ctx, instead);
    ctx.report({
      range: [g.word.start, g.word.end],
      message: t('genre-order-issuer.found', { issuer, genre: g.word.text, instead }),
      suggestions: fix ? [{ title: t('genre-order-issuer.suggest', { genre: instead }), fix }] : [],
    });
  },
};
