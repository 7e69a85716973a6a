import { t } from '../../messages';
import type { Suggestion } from '../../types';
import { departmentOf, rankOf, sameGovernment, sentencesOf } from '../closing/phrases';
import type { RuleContext, RuleDefinition } from '../types';
import { genreWordFix, getBareTitle, titleBody } from './title-tools';

/** The cited document of a reply's opening: 《关于……的函》……收悉. */
const CITED = /(《[^》]{2,80}?(请示|复函|函|报告)》)[^。]{0,60}?收悉/g;
/** Before the 1987 办法 set 请示 apart from 报告, a 报告 could ask (and be answered by a 批复). */
function beforeRequestAndReport(ctx: RuleContext): boolean {
  const y = /^(?:19|20)[0-9]{2}/.exec(ctx.doc.date?.text ?? '');
  return !!y && Number(y[0]) < 1988;
}

/** 办公厅、办公室 answer a 请示 by 函 when authorised (国务院办公厅关于同意……的函): not flagged. */
const GENERAL_OFFICE = /办公厅|办公室/;

/** A 事由 that grants what was asked: the matter of a 批复. */
const GRANTS = /^(?:原则)?(?:同意|批准|准予|不同意)|^对.{2,40}?(?:请示|申请)的(?:批复|答复|复函|意见)?$/;

/** A plan, scheme or request of a subordinate named as the 事由 (南湖区2024年城市更新计划, 城关街道社区规划调整方案). */
const PLAN_SENT_UP = /(?:计划|规划|方案|调整方案|实施方案|请示|申请|报告)$/;

/** The level of a people's government: 1 province, 2 city/prefecture, 3 county/district, 4 township. */
function governmentLevel(issuer: string): number | undefined {
  // 中共临江市委 stands where 临江市人民政府 does.
  const m = /(省|自治区|市|州|盟|地区|县|区|旗|乡|镇)(?:人民政府|委)$/.exec(issuer);
  if (!m) return undefined;
  if (/^(省|自治区)$/.test(m[1]) || /^(?:中共)?(北京|天津|上海|重庆)市$/.test(issuer.replace(/人民政府$|委$/, ''))) return 1;
  return ({ 市: 2, 州: 2, 盟: 2, 地区: 2, 县: 3, 区: 3, 旗: 3, 乡: 4, 镇: 4 } as Record<string, number>)[m[1]];
}

/** A lower administrative unit or one of the government's own departments named in the 事由. */
function namesSubordinate(matter: string, level: number): boolean {
  const units: Array<[RegExp, number]> = [[/[\u4e00-\u9fff×○]{1,8}(?:市|州|盟)(?!场|民|区|级|容|政|内|属|辖)/, 2], [/[\u4e00-\u9fff×○]{1,8}(?:县|区|旗)(?!域|级|内|属|辖|间|别|块|位|分)/, 3], [/[\u4e00-\u9fff×○]{1,8}(?:乡|镇|街道)(?!村|级|域|土|长)/, 4]];
  if (units.some(([re, l]) => l > level && re.test(matter))) return true;
  // 市人民政府 answering 市教育局: its own working department.
  return /^(?:原则)?(?:同意|批准)?[^，。]{0,20}?(?:局|委员会|办公室)(?:关于)?/.test(matter) && /(?:局|委员会)/.test(matter.slice(0, 24));
}

export const genreReplyVsLetter: RuleDefinition = {
  meta: {
    id: 'genre-reply-vs-letter',
    title: '批复与复函',
    description:
      '批复答复的是来函（《关于……的函》收悉），应当用复函；函答复的是下级的请示，应当用批复；批复答复的是报告（《关于……情况的报告》收悉）的，提示报告不需批复。' +
      '条例第八条规定批复“答复下级机关请示事项”，函用于“不相隶属机关之间……答复审批事项”。办公厅（室）受权以函答复请示的，不报。',
    category: 'genre',
    basis: '条例',
    source: '条例第八条（十二）（十四）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const g = ctx.genre;
    const id = g?.genre.id;
    let titleReported = false;
    if (g?.source === 'title' && !g.doubled && (id === '函' || id === '意见' || id === '通知')) titleGrants(id);
    if (g?.source === 'title' && !g.doubled && id === '批复') approvalToNonSubordinate();
    if (id !== '批复' && id !== '函' && id !== '通知') return;
    const opening = sentencesOf(ctx.doc, ctx.doc.paragraphs.slice(0, 2)).slice(0, 2);
    for (const s of opening) {
      CITED.lastIndex = 0;
      const m = CITED.exec(s.text);
      if (!m) continue;
      const citedGenre = m[2];
      const start = s.start + m.index;
      const end = start + m[1].length;
      const suggestions: Suggestion[] = [];
      // A 函 that submits a project or a plan for approval (报送……项目建议书的函), or asks for one (请求批复……的函), is
      // answered by a 批复 in 审批 practice.
      // (商请出具……项目规划条件的函 consults a peer about a project: a 复函 answers it.)
      const submits = !/商请|商洽|征求|协商|咨询/.test(m[1]) && /报送|报请|申请|审批|审核|批复|批准|核定|审定|项目|可研|方案|规划/.test(m[1]);
      if (id === '批复' && (citedGenre === '函' || citedGenre === '复函') && !submits) {
        const fix = genreWordFix(ctx, '复函');
        if (fix) suggestions.push({ title: t('genre-reply-vs-letter.suggestGenre', { genre: '复函' }), fix });
        ctx.report({ range: wordRange() ?? [start, end], message: t('genre-reply-vs-letter.replyToLetter', { cited: m[1] }), suggestions });
      } else if (id === '批复' && citedGenre === '报告' && !/请示报告》$/.test(m[1]) && !beforeRequestAndReport(ctx)) {
        // 你县《关于……工作情况的报告》收悉。经研究，批复如下: a 报告 asks for nothing, so nothing is approved.
        ctx.report({ range: wordRange() ?? [start, end], message: t('genre-reply-vs-letter.replyToReport', { cited: m[1] }) });
      } else if (id === '通知' && citedGenre === '请示') {
        // 你局《关于举办……的请示》收悉。经研究，现通知如下：同意……: a 请示 answered, and granted, by a 通知.
        if (!/同意|批准|不同意|准予/.test(ctx.text.slice(start, Math.min(ctx.text.length, start + 240))) || titleReported) return;
        // (A general office answers with its government's consent, by 通知 or 函: not judged.)
        const issuer = titleBody(ctx)?.issuer ?? '';
        if (GENERAL_OFFICE.test(issuer) || GENERAL_OFFICE.test(ctx.doc.signatures.map((x) => x.text).join(''))) return;
        const fix = genreWordFix(ctx, '批复');
        if (fix) suggestions.push({ title: t('genre-reply-vs-letter.suggestGenre', { genre: '批复' }), fix });
        ctx.report({ range: wordRange() ?? [start, end], message: t('genre-reply-vs-letter.noticeGrants', { issuer: issuer || '上级机关' }), suggestions });
      } else if (id === '函' && citedGenre === '请示') {
        const bare = getBareTitle(ctx.doc)?.text ?? '';
        const issuer = bare.includes('关于') ? bare.slice(0, bare.indexOf('关于')) : '';
        const signer = ctx.doc.signatures.map((x) => x.text).join('');
        if (GENERAL_OFFICE.test(issuer) || GENERAL_OFFICE.test(signer)) return;
        const fix = genreWordFix(ctx, '批复');
        if (fix) suggestions.push({ title: t('genre-reply-vs-letter.suggestGenre', { genre: '批复' }), fix });
        ctx.report({ range: wordRange() ?? [start, end], message: t('genre-reply-vs-letter.letterToRequest', { cited: m[1], genre: g!.word?.text ?? '函' }), suggestions });
      }
      return;
    }

    /**
     * A 批复 granting a body that is not below the issuer: a department approving another department of the same
     * government (临川市财政局关于同意市卫生健康委员会……), or a body approving one of a higher level (青岚县人民政府关于同意
     * 临江市交通运输局……). Both are answers between bodies not in line: a 复函.
     */
    function approvalToNonSubordinate(): void {
      const body = titleBody(ctx);
      if (!body || !g?.word) return;
      const { issuer, matter } = body;
      const granted = /^(?:原则)?(?:同意|批准|准予)(.{2,30}?(?:局|厅|委员会|委|办公室))/.exec(matter);
      // A project, a plan or land submitted for 审批 is approved by 批复 in administrative-approval practice (发改委, 自然资源局).
      if (!issuer || !granted || /项目|立项|可研|可行性|初步设计|概算|核准|备案|用地|规划|环评|环境影响|许可/.test(matter)) return;
      const target = granted[1];
      const from = departmentOf(issuer, true);
      const to = departmentOf(target, true);
      const samePlaceDepartments = !!from && !!to && sameGovernment(from, to);
      const issuerRank = rankOf(issuer);
      const higher = issuerRank > 0 && rankOf(target) > issuerRank;
      if (!samePlaceDepartments && !higher) return;
      const fix = genreWordFix(ctx, '复函');
      ctx.report({
        range: [g.word.start, g.word.end],
        message: t('genre-reply-vs-letter.approvalNotSubordinate', { issuer, target }),
        suggestions: fix ? [{ title: t('genre-reply-vs-letter.suggestGenre', { genre: '复函' }), fix }] : [],
      });
    }
    /** The 文种 in the title, which is what the drafter changes (the cited document is named in the message). */
    function wordRange(): [number, number] | undefined {
      return g?.source === 'title' && g.word ? [g.word.start, g.word.end] : undefined;
    }
    /** A 函 by a people's government granting a subordinate's request, or an 意见 that grants: both are a 批复's work. */
    function titleGrants(genre: '函' | '意见' | '通知'): void {
      const body = titleBody(ctx);
      if (!body || !g?.word) return;
      const { issuer, matter } = body;
      // A 复函 answers something asked; a people's government answering a subordinate's matter is a 批复 even
      // without 同意 in its title (××省人民政府关于××市总体规划的复函). A plain 函 must grant to be judged.
      const reply = g.word.text === '复函';
      // ××市人民政府关于南湖区2024年城市更新计划的意见: a government's answer on a plan its subordinate sent up.
      const onPlan = genre === '意见' && PLAN_SENT_UP.test(matter.replace(/^对/, ''));
      if (onPlan) {
        const level = governmentLevel(issuer);
        if (level && !GENERAL_OFFICE.test(issuer) && namesSubordinate(matter.replace(/^对/, ''), level)) {
          const fix = genreWordFix(ctx, '批复');
          ctx.report({ range: [g.word.start, g.word.end], message: t('genre-reply-vs-letter.opinionOnPlan', { issuer }), suggestions: fix ? [{ title: t('genre-reply-vs-letter.suggestGenre', { genre: '批复' }), fix }] : [] });
          return;
        }
      }
      if (!GRANTS.test(matter) && !(reply && genre === '函')) return;
      const fix = genreWordFix(ctx, '批复');
      const suggestions: Suggestion[] = fix ? [{ title: t('genre-reply-vs-letter.suggestGenre', { genre: '批复' }), fix }] : [];
      if (genre === '意见') {
        ctx.report({ range: [g.word.start, g.word.end], message: t('genre-reply-vs-letter.opinionGrants', { genre: g.word.text }), suggestions });
        return;
      }
      // Sent to a national body (a ministry, the State Council): not a reply to a subordinate.
      if (/国务院|国家|部$|总局|部、|中央/.test(ctx.doc.recipients?.text ?? '')) return;
      const level = governmentLevel(issuer) ?? (issuer ? undefined : governmentLevel(ctx.doc.signatures.map((x) => x.text).join('')));
      if (!level || GENERAL_OFFICE.test(issuer) || !namesSubordinate(matter, level)) return;
      // A 通知 that grants, sent to 各…: an approval made known to many (同意……的通知 to 各县区): not judged.
      if (genre === '通知' && /^各/.test(ctx.doc.recipients?.text ?? '')) return;
      ctx.report({ range: [g.word.start, g.word.end], message: t(genre === '通知' ? 'genre-reply-vs-letter.noticeGrants' : 'genre-reply-vs-letter.superiorLetter', { genre: g.word.text, issuer: issuer || '上级人民政府' }), suggestions });
      titleReported = true;
    }
  },
};
