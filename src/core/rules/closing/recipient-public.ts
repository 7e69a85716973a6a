import { t } from '../../messages';
import type { Suggestion } from '../../types';
import { genreWordFix, getBareTitle } from '../genre/title-tools';
import type { RuleDefinition } from '../types';
import { leaderRecipient } from './route-no-leader-recipient';

const NOUN = '(?:人民群众|干部群众|群众|市民|居民|村民|农民|公民|人民|游客|网民|网友|消费者|父老乡亲)';
const QUANTIFIER = '(?:广大|全体|各位|各族|全[省市县区州旗盟镇乡村]|本[省市县区镇乡村])';

/** The general public as 主送: 广大市民, 全体市民, 市民朋友们, 人民群众, 全县人民, 社会各界. */
const PUBLIC = new RegExp(
  '^(?:尊敬的|亲爱的)?(?:' +
    [
      `${QUANTIFIER}{1,2}(?:城乡|城镇|农村|社区|辖区)?${NOUN}(?:朋友)?们?`,
      `(?:人民群众|干部群众|群众|市民|居民|村民|公民|游客|网民|网友|消费者|父老乡亲)(?:朋友)?们?`,
      '社会各界(?:人士|朋友)?们?',
      '(?:各位|广大)?朋友们',
    ].join('|') +
    ')$',
);

/** A leader's title at the end of a 主送 part: 张局长, 王副市长, 市委书记, 市领导. */
const LEADER_TITLE = /(?:书记|省长|市长|县长|区长|州长|旗长|镇长|乡长|村长|厅长|局长|部长|处长|科长|主任|院长|校长|所长|站长|行长|董事长|总经理|主席|秘书长|领导)$/;
/** Persons addressed as a speech or a letter addresses them. */
const PERSONS = /^(?:(?:各位|诸位)(?:领导|同事|同仁|同志|来宾|嘉宾|家长|老师)们?|同志们|同事们|女士们|先生们|大家)$/;
/** 张三同志 (a named person); 负责同志, 有关同志, 参会同志 name roles in a 通知 and stay silent. */
const NAMED_COMRADE = /^[\u4e00-\u9fff]{2,3}同志$/;
const ROLE_COMRADE = /负责|有关|相关|参会|参训|分管|联络|经办|主管|各|全体/;
/** Parts that end in a body (市长办公室, 领导小组, 主任会议): bodies, not persons. */
const BODY_END = /(?:委员会|小组|会议|办公室|办公厅|政府|机关|单位|部门)$/;

type Kind = 'public' | 'person';

function classify(part: string): Kind | undefined {
  if (PUBLIC.test(part)) return 'public';
  if (BODY_END.test(part)) return undefined;
  if (PERSONS.test(part)) return 'person';
  if (NAMED_COMRADE.test(part) && !ROLE_COMRADE.test(part)) return 'person';
  const bare = part.replace(/^尊敬的/, '');
  // 各乡镇党委书记、乡镇长 (holders of a post, addressed by 各) and 各位委员 of a 人大 are roles, not persons.
  if (/^各/.test(bare) || /委员|代表/.test(bare)) return undefined;
  if (LEADER_TITLE.test(bare) && !/负责/.test(bare)) return 'person';
  return undefined;
}

/** A title of a letter to the public (倡议书, 公开信, 致全市人民的一封信): such a text rightly addresses the public. */
const LETTER_FORM = /(?:信|倡议书?|告知书|告[^的]{0,8}书|致辞|讲话|发言|贺词|须知)$/;

export const recipientPublic: RuleDefinition = {
  meta: {
    id: 'recipient-public',
    title: '主送写成公众或个人',
    description:
      '主送机关写成了社会公众（“广大市民”“全体市民”“人民群众”“社会各界”）或个人（“同志们”“各位领导”“张局长”）。' +
      '条例第九条（八）规定主送机关是公文的主要受理机关，应当使用机关全称、规范化简称或者同类型机关统称；面向社会公众公布的事项用通告、公告，不写主送机关（条例第八条（五）（六））；' +
      '除领导直接交办事项外，不得以本机关名义向上级机关负责人报送公文（条例第十五条（五））。通告、公告的主送由 genre-announcement-scope 报告，' +
      '请示、报告、议案主送领导由 route-no-leader-recipient 报告，这里不重复；倡议书、公开信等书信体不报。',
    category: 'route',
    basis: '条例',
    source: '条例第九条（八）；第八条（五）（六）；第十五条（五）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const { doc } = ctx;
    const rec = doc.recipients;
    if (!rec) return;
    const g = ctx.genre;
    const id = g?.genre.id;
    // 通告、公告 with any 主送 are genre-announcement-scope's.
    if (id === '通告' || id === '公告') return;
    const bare = getBareTitle(doc);
    if (bare && LETTER_FORM.test(bare.text)) return;
    // An answer to a person (a 信访 reply, a deputy's 建议, a member's 提案) is addressed to that person.
    const opening = doc.paragraphs.slice(0, 2).map((p) => p.text).join('');
    const answersPerson = /收悉|来信|反映|建议|提案|议案/.test(opening) || /答复|回复|复函/.test(bare?.text ?? '');
    // A titled text of no 法定文种 (倡议书, 感谢信…) is not a 公文 whose 主送 this rule judges.
    if (bare && !g) return;
    const body = rec.text.replace(/[:：，,。；;、\s]+$/, '');
    const parts: Array<{ start: number; end: number; text: string; kind?: Kind }> = [];
    const re = /[^、，,；;\r\n]+/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const lead = m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      if (!text) continue;
      const start = rec.start + m.index + lead;
      parts.push({ start, end: start + text.length, text, kind: classify(text) });
    }
    // A leader named in a 请示/报告/议案 is route-no-leader-recipient's finding (one finding per fault).
    const leaderReported = !!leaderRecipient(ctx);
    const pub = parts.filter((p) => p.kind === 'public');
    const persons = leaderReported || answersPerson ? [] : parts.filter((p) => p.kind === 'person');
    const flagged = pub.length ? pub : persons;
    if (!flagged.length) return;
    const range: [number, number] = [flagged[0].start, flagged[flagged.length - 1].end];
    const found = flagged.map((p) => p.text).join('、');
    const suggestions: Suggestion[] = [];
    const remove = parts.filter((p) => flagged.includes(p));
    const allFlagged = remove.length === parts.length;
    if (pub.length) {
      const toNotice = genreWordFix(ctx, '通告');
      if (toNotice) suggestions.push({ title: t('recipient-public.suggestGenre'), fix: toNotice });
    }
    if (allFlagged) {
      if (pub.length) {
        // The whole 主送 goes, with its line(s) (as genre-announcement-scope deletes it).
        const first = doc.lines[rec.line];
        const endLine = doc.lines.find((l) => l.start <= rec.end && rec.end <= l.end) ?? first;
        const next = doc.lines[endLine.index + 1];
        suggestions.push({
          title: t('recipient-public.suggestDeleteRecipients', { recipients: body }),
          fix: { range: [first.start, next ? next.start : endLine.end], text: '' },
        });
      }
    } else {
      // Other bodies stay: only the flagged names go, each with the separator after it (or before it, at the end).
      for (const p of remove) {
        const i = parts.indexOf(p);
        const range: [number, number] = i < parts.length - 1 ? [p.start, parts[i + 1].start] : [parts[i - 1].end, p.end];
        suggestions.push({ title: t('recipient-public.suggestDeletePart', { text: p.text }), fix: { range, text: '' } });
      }
    }
    const message = pub.length
      ? t('recipient-public.public', { found })
      : t('recipient-public.person', { found });
    ctx.report({ range, message, suggestions });
  },
};
