import { t, type MessageKey } from '../../messages';
import type { RuleDefinition } from '../types';
import { bodyMatches, closingZone, standardClosing } from './phrases';

/** Phrases that require a subordinate to act (psknlr/GONGWEN DOWNWARD_DIRECTIVES); 我局认真组织实施了 is a report, not an order. */
const DIRECTIVE = /(?:请|望)(?:各单位)?(?:认真)?(?:遵照|贯彻)执行|(?:请|望)(?:认真)?贯彻落实|请(?:认真)?组织实施|请遵照办理/g;

/** Pressing a superior (请务必即时批复, 请从速批示, 望尽快拨付): a request asks, it does not hurry its superior. */
const PRESSURE =
  /(?:请|恳请|望|盼|务请|敬请)(?:[^，。；！？\n]{0,10}?(?:上级|领导|政府|机关|局|厅|委|部|集团|公司))?(?:于[^，。；！？\n]{2,14}?前)?(?:务必|必须|从速|火速|迅速|速(?=[于在])|立即|即时|马上|尽快|限期)[^，。；！？\n]{0,12}?(?:批示|批复|审批|答复|回复|拨付|拨款|解决|办理)/g;
/** Threatening a superior with what happens if it does not answer in time (逾期未批复的，我局将按此方案执行; 逾期不复视为同意). */
/** Hurrying a superior outright (切勿拖延, 不得拖延): the words of an order, not of a request. */
const HURRY = /切勿拖延|不得拖延|勿再拖延|不可拖延|不要拖延/g;
const THREAT =
  /逾期(?:未|不)(?:予)?(?:批复|答复|回复|批示|审批|复)[^。；！？\n]{0,20}?(?:(?:视为|视同|默认)(?:同意|批准|认可)|(?:将|即|就)?按(?:此|本|原)[^，。；！？\n]{0,6}?(?:执行|实施|办理)|自行(?:实施|执行|办理|组织))|逾期[^。；！？\n]{0,16}?由[^，。；！？\n]{1,10}?(?:负责|承担)|逾期[^，。；！？\n]{0,10}?(?:将|即|就)按(?:此|本|原)[^，。；！？\n]{0,6}?(?:执行|实施|办理)/g;
/** A superior told what it must do (省财政必须在预算中安排): a 请示 asks, it does not oblige. */
const OBLIGES = /(?:[省市县区]|上级)(?:人民政府|政府|财政|领导|有关部门|委|厅|局)?必须(?:[^，。；！？\n]{0,20}(?=[，。；！？\n]))?/g;
/** In a draft of one or two lines with no genre yet, only a phrase that asks a superior (…批示, …批复) tells the direction. */
const PRESSURE_ON_SUPERIOR = /(?:请|恳请|望|盼|务请)(?:务必|必须|从速|火速|迅速|立即|即时|马上|尽快|限期)[^，。；！？\n]{0,4}?(?:批示|批复|审批)/g;

const ADVICE: Record<string, MessageKey> = {
  请示: 'tone-upward-directive.advice.request',
  报告: 'tone-upward-directive.advice.report',
  议案: 'tone-upward-directive.advice.other',
};

export const toneUpwardDirective: RuleDefinition = {
  meta: {
    id: 'tone-upward-directive',
    title: '上行文不用要求性用语',
    description:
      '请示、报告、议案中出现“请遵照执行”“请认真贯彻执行”“请贯彻落实”等要求下级执行的用语。上行文是向上级机关行文，实务通常不用指令性用语；' +
      '出现在结尾时，候选修改给出本文种的结束语。',
    category: 'tone',
    basis: '实务',
    source: '实务（上行文用语）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    const id = g?.genre.id;
    if (!id && ctx.text.length <= 200) {
      for (const m of ctx.text.matchAll(PRESSURE_ON_SUPERIOR)) {
        ctx.report({ range: [m.index, m.index + m[0].length], message: t('tone-upward-directive.pressure', { genre: '请示', found: m[0] }) });
      }
      return;
    }
    // An 意见 sent up to a people's government by one of its bodies is an upward document too (the seed's 上行意见).
    const upwardOpinion = id === '意见' && /人民政府[:：]?$/.test((ctx.doc.recipients?.text ?? '').trim()) && !/人民政府$|政府$/.test(ctx.doc.title?.text.split('关于')[0] ?? '');
    if (!id || (!ADVICE[id] && !upwardOpinion)) return;
    for (const m of [...bodyMatches(ctx, PRESSURE), ...(id === '议案' ? [] : [...bodyMatches(ctx, THREAT), ...bodyMatches(ctx, OBLIGES), ...bodyMatches(ctx, HURRY)])]) {
      ctx.report({ range: [m.start, m.end], message: t('tone-upward-directive.pressure', { genre: id, found: m.text }) });
    }
    const matches = bodyMatches(ctx, DIRECTIVE);
    if (!matches.length) return;
    const zone = closingZone(ctx.doc, 2);
    const closing = standardClosing(id, ctx.doc, g) ?? g!.genre.closings[0];
    for (const m of matches) {
      const s = zone.find((z) => z.start <= m.start && m.end <= z.end);
      const suggestions = s && closing && ADVICE[id]
        ? [{ title: t('tone-upward-directive.suggest', { text: closing }), fix: { range: [s.start + (s.text.length - s.text.trimStart().length), s.end] as [number, number], text: closing } }]
        : [];
      ctx.report({
        range: [m.start, m.end],
        message: t('tone-upward-directive.found', { genre: id, found: m.text, advice: t(ADVICE[id] ?? 'tone-upward-directive.advice.opinion') }),
        suggestions,
      });
    }
  },
};
