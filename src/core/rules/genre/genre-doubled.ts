import { t } from '../../messages';
import { bareTitle, titleOffset } from '../../detect';
import type { RuleDefinition } from '../types';

const DOUBLED = /(决定通报|通报决定|公告通告|通告公告|通知公告|公告通知|通告通知|通知通告|决定通知|意见通知|批复通知|通报通知|决议通知|报告通知|请示通知|请示报告|报告请示|申请报告|请示函|意见报告|报告的请示|请示的报告|批复函|请示意见|请示的函|申请的函|请示的通知|报告的通知|决定的通知|意见的通知|批复的通知|请示的批复|决定的意见|决定的决议|通报的通知|意见的请示|意见的函)$/;
/** 关于决定任免……的决议: a 决议 whose 事由 opens with the other genre's verb. */
const DECISION_IN_RESOLUTION = /关于(决定)[^的]*的决议$/;
/** Reports that are documents of their own, not the 文种 报告. */
const DOCUMENT_REPORT = /(?:可研|可行性研究|研究|评估|审计|监测|调查|环评|影响|评价|验收|论证|分析|检测|鉴定|勘察|设计|自评|绩效)报告$/;
/** 关于通报表彰××的决定: 通报 and 决定 stacked (the 事由 opens with the other genre's verb). */
const NOTICE_AS_DECISION = /关于(通报(?:表彰|表扬|批评))[^的]*的决定$/;
/** 审查报告及处理意见: two 文种 joined by 及/和/暨/并 at the end of a title. */
const JOINED = /(报告|请示|通报|批复|决定|意见)(?:及|和|暨|并|与|以及)([^，。、的]{0,8}?)(意见|报告|请示|批复|通知|决定)$/;
/** 印发《……的通报》的通知: a 通报, 批复 or 请示 goes out as itself (or is 转发ed), it is not 印发ed by a 通知. */
const ISSUED_OWN_GENRE = /印发[^转]*?(?:的)?(通报|批复|请示)》?的通知$/;
/** …决定的通知 is right when the 通知 issues or forwards the 决定 (关于印发《……决定》的通知). */
const ISSUES = /印发|转发|批转|颁发|颁布|公布|发布|下发|落实|贯彻|执行|学习|实施/;

/** Which single genres a doubled title word may have meant. */
const ALTERNATIVES: Record<string, string[]> = {
  决定通报: ['决定', '通报'],
  通报决定: ['通报', '决定'],
  公告通告: ['公告', '通告'],
  通告公告: ['通告', '公告'],
  通知公告: ['通知', '公告'],
  公告通知: ['公告', '通知'],
  通告通知: ['通告', '通知'],
  通知通告: ['通知', '通告'],
  决定通知: ['决定', '通知'],
  意见通知: ['意见', '通知'],
  批复通知: ['批复', '通知'],
  通报通知: ['通报', '通知'],
  决议通知: ['决议', '通知'],
  报告通知: ['报告', '通知'],
  请示通知: ['请示', '通知'],
  请示报告: ['请示', '报告'],
  报告请示: ['请示', '报告'],
  申请报告: ['请示', '报告'],
  请示函: ['请示', '函'],
  意见报告: ['意见', '报告'],
  报告的请示: ['请示', '报告'],
  请示的报告: ['请示', '报告'],
  批复函: ['批复', '函'],
  请示意见: ['请示', '意见'],
  请示的函: ['请示', '函'],
  申请的函: ['函', '请示'],
  请示的通知: ['请示', '通知'],
  报告的通知: ['报告', '通知'],
  决定的通知: ['决定', '通知'],
  意见的通知: ['意见', '通知'],
  批复的通知: ['批复', '通知'],
  请示的批复: ['批复', '批复'],
  决定的意见: ['决定', '意见'],
  决定的决议: ['决定', '决议'],
  通报的通知: ['通报', '通知'],
  意见的请示: ['请示', '意见'],
  意见的函: ['函', '意见'],
};

export const genreDoubled: RuleDefinition = {
  meta: {
    id: 'genre-doubled',
    title: '文种叠用',
    description: '标题以“请示报告”“批复函”等两个文种叠用结尾。条例第八条把它们规定为不同文种，只能选一个。',
    category: 'genre',
    basis: '条例',
    source: '条例第八条（十）（十一），第十五条（四）',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const bare = bareTitle(ctx.doc);
    if (!bare) return;
    const n = NOTICE_AS_DECISION.exec(bare.text);
    if (n) {
      // The verb 通报 inside a 决定: a 决定 表彰s, a 通报 通报s; keep one (关于表彰××的决定 / 关于表彰××的通报).
      const from = titleOffset(ctx.doc, n.index + 2);
      const range: [number, number] = [from, titleOffset(ctx.doc, n.index + 4, true)];
      ctx.report({
        range,
        message: t('genre-doubled.noticeDecision', { found: n[1] }),
        suggestions: [{ title: t('genre-doubled.suggestDropNotice'), fix: { range, text: '' } }],
      });
      return;
    }
    const d = DECISION_IN_RESOLUTION.exec(bare.text);
    if (d) {
      const from = titleOffset(ctx.doc, d.index + 2);
      const range: [number, number] = [from, titleOffset(ctx.doc, d.index + 4, true)];
      ctx.report({ range, message: t('genre-doubled.found', { found: '决定……的决议', a: '决定', b: '决议' }), suggestions: [{ title: t('genre-doubled.suggestDropWord', { word: '决定' }), fix: { range, text: '' } }] });
      return;
    }
    const j = JOINED.exec(bare.text);
    if (j && j[1] !== j[3]) {
      const start = titleOffset(ctx.doc, j.index);
      const range: [number, number] = [start, bare.end];
      ctx.report({
        range,
        message: t('genre-doubled.found', { found: j[0], a: j[1], b: j[3] }),
        severity: 'warning',
        suggestions: [j[1], j[3]].map((genre) => ({ title: t('genre-doubled.suggest', { genre }), fix: { range, text: genre } })),
      });
      return;
    }
    const own = ISSUED_OWN_GENRE.exec(bare.text);
    if (own && !/转发|批转/.test(bare.text)) {
      const at = bare.text.lastIndexOf(own[1]);
      const range: [number, number] = [titleOffset(ctx.doc, at), bare.end];
      ctx.report({ range, message: t('genre-doubled.issuedOwn', { genre: own[1] }), severity: 'warning' });
      return;
    }
    const m = DOUBLED.exec(bare.text);
    if (!m) return;
    // ……可研报告的请示, ……评估报告的批复: a report that is a document of its own (a study, an audit) is no genre word.
    if (/^报告的/.test(m[1]) && DOCUMENT_REPORT.test(bare.text.slice(0, m.index + 2))) return;
    // 关于征求（修改、反馈）……意见的请示 asks about opinions: 意见 there is no genre word.
    // An 意见 that is a document of its own (预审意见, 评估意见, 实施意见) or one the 请示 asks to issue (以市政府名义印发……意见).
    if ((m[1] === '意见的请示' || m[1] === '意见的函') && /征求|修改|反馈|处理|审查|审核|评审|会办|协办|主办|办理|答复|提出|印发|批转|转发|报送|审定|出台|提请|名义|预审|评估|审批|出具|论证|核查|实施|指导|若干/.test(bare.text.slice(0, m.index + 2))) return;
    // ……工作意见的请示 whose body asks 以上意见如无不妥，请批转……: the 意见 is the draft the 请示 carries (the seed's 上行意见).
    if (m[1] === '意见的请示' && ctx.doc.paragraphs.some((p) => /请批转|代拟稿|随文(?:呈|报)/.test(p.text))) return;
    const found = m[1];
    // 的…的通知 / 的…的批复 carry a document they issue or answer: doubled only without such a verb (and 《》).
    if (/的(?:通知|批复)$/.test(found) && (ISSUES.test(bare.text.slice(0, m.index)) || /》/.test(bare.text) || found === '请示的批复')) return;
    if (/^(?:请示|申请)的函$/.test(found) && /(?:复|答复|回复)/.test(bare.text.slice(0, m.index))) return;
    const start = titleOffset(ctx.doc, m.index);
    const end = bare.end;
    const alts = ALTERNATIVES[found] ?? [found.slice(0, 2), found.slice(-2)];
    ctx.report({
      range: [start, end],
      message: t(/的通知$/.test(found) ? 'genre-doubled.foundIssue' : 'genre-doubled.found', { found, a: alts[0], b: alts[1] }),
      suggestions: alts.map((genre) => ({
        title: t('genre-doubled.suggest', { genre }),
        fix: { range: [start, end], text: genre },
      })),
    });
  },
};
