import { t } from '../../messages';
import type { OffsetRange } from '../../types';
import type { Severity } from '../../types';
import type { RuleDefinition } from '../types';
import { issuedBefore2012, mergedFixes, type Edit } from './shared';

const LABEL = /^(抄送(?:单位|机关)?|主送|抄报|报送|分送|报|送)([ \u3000]*)([:：]?)([ \u3000]*)/;
const WRONG_END = /[，,；;、.．:：]+$/;

/** A level word standing for a body in a list that names it once in full (各省、自治区、直辖市人民政府). */
const LEVEL_ONLY = /^(?:各)?(?:省|自治区|直辖市|计划单列市|市|地区|州|盟|县|区|旗|乡|镇|街道|新疆生产建设兵团)$/;

interface Pending {
  range: [number, number];
  message: string;
  severity?: Severity;
  edit?: Edit;
}

/** An internal division named after its body: ××办公室秘书科, ××局办公室文书股. */
const DIVISION = /^.{2,}?(?:办公室|办公厅|局|委|厅|政府)[^、，,。]{1,8}?(?:科|股)$/;

/** The names of a 主送 or 抄送 list, split at its separators (、，,；;), without the closing 。. */
function splitNames(list: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  const re = /[^、，,；;。]+/g;
  for (const m of list.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text) out.push({ text, at: m.index + lead });
  }
  return out;
}

export const ccFormat: RuleDefinition = {
  meta: {
    id: 'cc-format',
    title: '抄送机关格式',
    description:
      '版记中“抄送”（主送机关移至版记时为“主送”）二字后加全角冒号和机关名称，最后一个机关名称后标句号；“抄报”“报：”“送：”“分送：”等旧写法统一为“抄送：”；主送在抄送之上。',
    category: 'colophon',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.4.2；条例第九条（十六）',
    defaultSeverity: 'error',
    fixable: true,
    certainFix: { changes: '版记标签改为“抄送：”“主送：”，分隔号与句号按规定', han: '抄送主报分单位机关' },
  },
  check(ctx) {
    const { doc, text } = ctx;
    const pending: Pending[] = [];
    /** The 主送 names, split once for all the 抄送 lines (repeatedNames). */
    let mainNames: Set<string> | undefined;
    let seenCc = false;
    const old = issuedBefore2012(doc);
    for (const e of doc.colophon) {
      if (e.kind !== 'cc' && e.kind !== 'colophonRecipients') continue;
      const m = LABEL.exec(e.text);
      if (!m) continue;
      const [all, label, sp1, colon] = m;
      const isMain = label.startsWith('主送');
      if (isMain && seenCc) pending.push({ range: [e.start, e.start + label.length], message: t('cc-format.mainAfterCc') });
      if (!isMain) seenCc = true;
      const right = isMain ? '主送' : '抄送';
      const oldLabel = label !== right;
      const badColon = colon !== '：' || (!!colon && !!sp1);
      if (oldLabel || badColon) {
        const core = colon ? label + sp1 + colon : label;
        // Without a colon, the spaces that stood for it go too ("抄送 市委办公室" → "抄送：市委办公室").
        const end = e.start + (colon ? core.length : all.length);
        const problems: string[] = [];
        if (oldLabel) problems.push(t('cc-format.oldLabel', { label }));
        if (colon === ':') problems.push(t('cc-format.halfColon'));
        else if (!colon) problems.push(t('cc-format.noColon'));
        else if (sp1) problems.push(t('cc-format.spaced'));
        pending.push({
          range: [e.start, e.start + core.length],
          message: t('cc-format.label', { found: core, problems: problems.join('，'), fixed: `${right}：` }),
          severity: badColon ? 'error' : 'warning',
          edit: { start: e.start, end, text: `${right}：` },
        });
      }
      const names = e.text.slice(all.length);
      if (!names.trim()) continue;
      // (分送/送 lists of older documents named every receiver, the 主送机关 among them.)
      if (label === '抄送' || label === '抄报') repeatedNames(e.start + all.length, names);
      // 市委宣传部；市文化广电旅游局: the names are parted by 逗号 (or 顿号 within one kind), never by a 分号.
      for (const sc of names.matchAll(/[；;](?=[ \u3000]*[^\s。])/g)) {
        const at = e.start + all.length + sc.index;
        pending.push({ range: [at, at + 1], message: t('cc-format.semicolon', { label: right }), severity: 'warning', edit: { start: at, end: at + 1, text: '，' } });
      }
      // GB/T 9704—1999 ended the 抄送 list without a 句号: a document issued before 2012 is right as it is.
      if (names.endsWith('。') || old) continue;
      const w = WRONG_END.exec(names);
      if (w) {
        const start = e.end - w[0].length;
        pending.push({ range: [start, e.end], message: t('cc-format.endWrong', { found: w[0], label: right }), edit: { start, end: e.end, text: '。' } });
      } else {
        const last = Math.max(e.start + all.length, e.end - 6);
        pending.push({ range: [last, e.end], message: t('cc-format.endMissing', { label: right }), edit: { start: e.end, end: e.end, text: '。' } });
      }
    }
    /** A 抄送 that names a body twice, or names one of the 主送机关 (which receives the document already). */
    function repeatedNames(at: number, names: string): void {
      const main = (mainNames ??= new Set(doc.recipients ? splitNames(doc.recipients.text.replace(/[:：]$/, '')).map((n) => n.text) : []));
      const seen = new Set<string>();
      for (const n of splitNames(names)) {
        // 各省、自治区、直辖市财政厅: 自治区 and 直辖市 stand for a longer name; only whole names are compared.
        if (LEVEL_ONLY.test(n.text)) continue;
        const range: OffsetRange = [at + n.at, at + n.at + n.text.length];
        if (seen.has(n.text)) pending.push({ range, message: t('cc-format.twice', { name: n.text }), severity: 'warning' });
        else if (main.has(n.text)) pending.push({ range, message: t('cc-format.alsoMain', { name: n.text }), severity: 'warning' });
        // 县政府办公室秘书科: a body's 科 or 股 is reached inside its body, not by the 抄送 of an outgoing document.
        else if (DIVISION.test(n.text)) pending.push({ range, message: t('cc-format.division', { name: n.text }), severity: 'warning' });
        seen.add(n.text);
      }
    }
    const withEdits = pending.filter((p) => p.edit);
    const fixes = mergedFixes(text, withEdits.map((p) => p.edit!));
    const fixOf = new Map(withEdits.map((p, i) => [p, fixes[i]]));
    for (const p of pending) ctx.report({ range: p.range, message: p.message, severity: p.severity, fix: fixOf.get(p) });
  },
};
