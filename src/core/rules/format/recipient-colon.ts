import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { insertFix, replaceFix } from './shared';

/** Marks between two recipients other than 、 and ，: 分号, slashes, a run of spaces between two names. */
const SEPARATOR = /(?<=[\u4e00-\u9fff）)])(?:[ \t\u3000]*[；;／/|｜][ \t\u3000]*|[ \t\u3000]+)(?=[\u4e00-\u9fff（(])/g;

/** Subordinate governments as a group (各乡镇人民政府, 各县（市、区）人民政府, 各街道办事处, or 街道办事处 after 各镇人民政府、). */
const GOVERNMENTS = /^各(?:[^、，,（(]|[（(][^）)]{0,8}[）)]){0,12}?(?:人民政府|政府|街道办事处|办事处|管委会|管理委员会)$|^(?:街道办事处|乡镇人民政府|乡（镇）人民政府|镇人民政府|乡人民政府)$/;
/** The issuer's own departments or units as a group (县直各单位, 市政府各部门, 市属各企业, 各委办局). */
const DEPARTMENTS = /^(?:[省市县区州旗盟](?:直|属|级)|[省市县区州旗盟](?:人民)?政府|[省市县区州旗盟]委)(?:各|有关)|^各(?:委办局|直属机构|部门|单位)$/;

/** The 主送 names split at the 顿号 and 逗号 outside brackets: each name and the separator after it. */
function splitNames(names: string): Array<{ name: string; at: number; sep?: string }> {
  const out: Array<{ name: string; at: number; sep?: string }> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < names.length; i++) {
    const c = names[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (depth === 0 && (c === '、' || c === '，' || c === ',')) {
      out.push({ name: names.slice(from, i).trim(), at: from, sep: c });
      from = i + 1;
    }
  }
  out.push({ name: names.slice(from).trim(), at: from });
  return out;
}

/** Which group a name belongs to, when it says so: subordinate governments or the issuer's departments. */
function kindOf(name: string): 'government' | 'department' | undefined {
  if (GOVERNMENTS.test(name)) return 'government';
  if (DEPARTMENTS.test(name)) return 'department';
  return undefined;
}

/** The last character(s) of the 主送 line that stand where the full-width colon belongs. */
const WRONG_END = /[:：，,。.；;、]+$/;

export const recipientColon: RuleDefinition = {
  meta: {
    id: 'recipient-colon',
    title: '主送机关末尾全角冒号',
    description: '主送机关最后一个机关名称后标全角冒号“：”，不用半角冒号、逗号或句号，也不能省略；机关名称之间用顿号（同类机关）或逗号（不同类机关），不用分号、斜线或空格（提示修改，不自动改）。',
    category: 'body',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.2',
    defaultSeverity: 'error',
    fixable: true,
    certainFix: { changes: '主送机关末尾补全角冒号，分隔号改为顿号、逗号' },
  },
  check(ctx) {
    const r = ctx.doc.recipients;
    if (!r) return;
    // 云栖市统计局 under a 统计公报's title is its issuer's byline: a 文种 without 主送 has none to punctuate.
    if (ctx.genre?.source === 'title' && !ctx.genre.genre.hasRecipients && !/[:：]$/.test(r.text)) return;
    // Between the names: 顿号 or 逗号 (GB/T 15834 4.5, 4.4), not a 分号, a slash or bare spaces.
    const names = r.text.replace(WRONG_END, '');
    for (const sep of names.matchAll(SEPARATOR)) {
      const at = r.start + sep.index;
      if (/[\r\n]/.test(sep[0])) continue;
      ctx.report({
        range: [at, at + sep[0].length],
        message: t('recipient-colon.separator', { found: sep[0].trim() || '空格' }),
        severity: 'warning',
        suggestions: [
          { title: t('recipient-colon.suggestSeparator', { mark: '、' }), fix: { range: [at, at + sep[0].length], text: '、' } },
          { title: t('recipient-colon.suggestSeparator', { mark: '，' }), fix: { range: [at, at + sep[0].length], text: '，' } },
        ],
      });
    }
    // 各乡镇人民政府、各街道办事处、县直各单位: a 顿号 between subordinate governments and the issuer's departments,
    // two kinds of body, which the 逗号 separates (各省、自治区、直辖市人民政府，国务院各部委、各直属机构).
    const list = splitNames(names);
    for (let k = 0; k + 1 < list.length; k++) {
      if (list[k].sep !== '、') continue;
      const a = kindOf(list[k].name);
      const b = kindOf(list[k + 1].name);
      if (!a || !b || a === b) continue;
      const at = r.start + list[k + 1].at - 1;
      ctx.report({
        range: [at, at + 1],
        message: t('recipient-colon.kinds', { before: list[k].name, after: list[k + 1].name }),
        severity: 'warning',
        suggestions: [{ title: t('recipient-colon.suggestSeparator', { mark: '，' }), fix: { range: [at, at + 1], text: '，' } }],
      });
    }
    const m = WRONG_END.exec(r.text);
    if (m && m[0] === '：') return;
    if (m) {
      const start = r.end - m[0].length;
      ctx.report({
        range: [start, r.end],
        message: t('recipient-colon.wrong', { found: m[0], name: r.text.slice(0, m.index).replace(/\s+/g, '') }),
        fix: replaceFix(ctx.text, start, r.end, '：'),
      });
      return;
    }
    // No mark at all: the line was taken for a 主送 by its look (names of bodies), which a web page's issuer line shares;
    // a warning. (A wrong mark in the colon's place is an error above.)
    ctx.report({
      range: [r.start, r.end],
      message: t('recipient-colon.missing', { name: r.text.replace(/\s+/g, '') }),
      severity: 'warning',
      fix: insertFix(r.end, '：'),
    });
  },
};
