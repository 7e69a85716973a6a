import { t } from '../../messages';
import type { Suggestion } from '../../types';
import type { RuleDefinition } from '../types';
import { bodyMatches, departmentOf, issuerOf, sameGovernment } from './phrases';

/** In a document to peers only (各单位必须, 我局将对……进行通报): orders to bodies the issuer does not lead. */
const PEER_DIRECTIVE = /(?:各单位|各部门|各有关单位|各有关部门)必须|(?:我局|我委|我厅|我办)将对[^，。；！？\n]{0,16}?(?:进行)?(?:通报|考核|问责)/g;

/** Command phrases that do not belong in a 函 (psknlr/GONGWEN lexicon command_tone). */
const DIRECTIVE =
  /请(?:认真)?遵照执行|请(?:认真)?贯彻执行|请(?:认真)?贯彻落实|(?:请|望)严格执行|请?务必|必须按时|不得有误|不得延误|(?:你单位|你们|你局|你委|你厅|你公司|你院|你校|你所|你中心|你站|你社|你会|贵单位|贵公司|贵院|贵校)必须|后果自负|(?:由|将由)(?:你|贵)[^，。；！？\n]{0,4}?承担(?:一切|全部)?(?:后果|责任)/g;

function alternatives(found: string): Array<{ text: string; del?: boolean }> {
  if (/执行|落实/.test(found)) return [{ text: '请予支持为盼' }, { text: '请予配合' }];
  if (/务必/.test(found)) return [{ text: '请' }];
  if (found === '必须按时') return [{ text: '请按时' }];
  if (found === '不得有误' || found === '后果自负' || /承担/.test(found)) return [{ text: '', del: true }];
  return [{ text: '请贵单位' }];
}

export const toneLetterDirective: RuleDefinition = {
  meta: {
    id: 'tone-letter-directive',
    title: '函不用指令口吻',
    description:
      '函中出现“请遵照执行”“请认真贯彻执行”“务必”“必须按时”“不得有误”等指令性用语。函用于不相隶属机关之间（条例第八条（十四）），实务通常用商洽、尊重的语气，如“请予支持为盼”“请予函复”。' +
      '意见、通知、通报的主送机关都是本级政府的其他工作部门（平级、不相隶属）时同样适用，并报“各单位必须”“我局将对……进行通报”。',
    category: 'tone',
    basis: '实务',
    source: '实务（函的用语）；条例第八条（十四）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const id = ctx.genre?.genre.id;
    // An 意见, 通知 or 通报 sent only to working departments of the issuer's own government (县农业农村局 → 县水利局……) is
    // addressed to peers, as a 函 is: the same tone applies.
    const peers = id !== '函' && (id === '意见' || id === '通知' || id === '通报') && toPeersOnly();
    if (id !== '函' && !peers) return;
    if (peers) {
      for (const m of bodyMatches(ctx, PEER_DIRECTIVE)) ctx.report({ range: [m.start, m.end], message: t('tone-letter-directive.peer', { found: m.text, genre: id! }) });
    }
    for (const m of bodyMatches(ctx, DIRECTIVE)) {
      const suggestions: Suggestion[] = alternatives(m.text).map((a) => ({
        title: a.del ? t('tone-letter-directive.suggestDelete', { text: m.text }) : t('tone-letter-directive.suggest', { text: a.text }),
        fix: { range: [m.start, m.end], text: a.text },
      }));
      ctx.report({ range: [m.start, m.end], message: t(peers ? 'tone-letter-directive.peer' : 'tone-letter-directive.found', { found: m.text, genre: id! }), suggestions });
    }

    function toPeersOnly(): boolean {
      const from = departmentOf(issuerOf(ctx));
      const names = (ctx.doc.recipients?.text ?? '').replace(/[:：]$/, '').split(/[、，,]/).filter(Boolean);
      if (!from || !names.length) return false;
      return names.every((n) => {
        const to = departmentOf(n);
        return !!to && sameGovernment(from, to);
      });
    }
  },
};
