import { t } from '../../messages';
import type { RuleDefinition } from '../types';

/** A post and a person's name (局长　张建国, 校长 李明): a leader signing in person. */
const PERSON = /^(?:[\u4e00-\u9fff×]{0,12}?)(局长|副局长|厅长|副厅长|部长|主任|副主任|书记|副书记|省长|市长|县长|区长|镇长|乡长|校长|院长|处长|科长|所长|站长|经理|总经理|董事长)[ \t\u3000]*([\u4e00-\u9fff×]{2,4}|×{2,4})$/;
/** Genres whose 署名 is a person's by rule: a 令 (签署人), an 议案 (the head of government), a 纪要 (none). */
const SIGNED_BY_PERSON = new Set(['命令', '议案', '纪要']);

/** The place that opens a body's name (××市, 云岭省, 北河县), dropped when a 署名 uses the short form (市教育局). */
const PLACE = /^(?:[\u4e00-\u9fff×]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)|[省市县区])/;
/** A 署名's own notes: （盖章）, （印章）. */
const SEAL = /[（(](?:盖章|印章|章)[）)]$/;

/** What is left of a body's name without its place and notes: 教育局, 人民政府办公室. */
function core(name: string): string {
  return name.replace(SEAL, '').replace(/[ \u3000]/g, '').replace(PLACE, '');
}

/**
 * Whether a 署名 stands for the issuer named in the title: the same body in full or short form (××市教育局 /
 * 市教育局, ××市发展和改革委员会 / ××市发改委). A general office and its government are two bodies.
 */
function sameBody(issuer: string, signature: string): boolean {
  const a = core(issuer);
  const b = core(signature);
  if (!a || !b || a === b) return true;
  const office = /办公室$|办公厅$/;
  if (office.test(a) !== office.test(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const shared = [...short].filter((c) => long.includes(c)).length;
  return shared / short.length >= 0.6;
}

export const signatureOrgName: RuleDefinition = {
  meta: {
    id: 'signature-org-name',
    title: '发文机关署名',
    description:
      '发文机关署名与标题中的发文机关不一致（××市教育局的通知署××市财政局，××市人民政府办公室的通知署××市人民政府），或写成了领导职务和姓名（“局长　张建国”）。GB/T 9704—2012 7.3.5 规定署发文机关全称或者规范化简称；以领导个人名义署名的只有命令（令）、议案等。' +
      '请示、报告以领导个人名义报送，也违反条例第十五条（五）的精神。',
    category: 'body',
    basis: 'GB/T 9704',
    source: 'GB/T 9704—2012 7.3.5；条例第九条（十三）',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    const id = ctx.genre?.genre.id;
    if (!id || SIGNED_BY_PERSON.has(id)) return;
    // ××市教育局关于……的通知 signed ××市财政局, or ××市人民政府办公室关于…… signed ××市人民政府: the 署名 is not the issuer.
    const title = ctx.doc.title?.text ?? '';
    // The issuer stands before 关于, or before the verb of a forwarding title (国务院办公厅转发民政部……).
    const at = title.search(/关于|转发|批转|印发/);
    const issuer = at >= 3 ? title.slice(0, at).trim() : '';
    const sigs = ctx.doc.signatures.filter((x) => !PERSON.test(x.text.trim()));
    // A 转发/批转/印发 notice carries another document, whose own 署名 may be the one found.
    const carries = /转发|批转|印发/.test(title);
    if (issuer && !carries && /(?:局|厅|委员会|委|办公室|办公厅|人民政府|政府|部|院|中心)$/.test(issuer) && !/[、　 ]/.test(issuer) && sigs.length === 1) {
      const sig = sigs[0];
      const name = sig.text.trim();
      if (/(?:局|厅|委员会|委|办公室|办公厅|人民政府|政府|部|院|中心)(?:[（(](?:盖章|印章|章)[）)])?$/.test(name) && !sameBody(issuer, name)) {
        ctx.report({ range: [sig.start, sig.end], message: t('signature-org-name.mismatch', { found: name, issuer }) });
      }
    }
    for (const s of ctx.doc.signatures) {
      const m = PERSON.exec(s.text.trim());
      if (!m) continue;
      ctx.report({ range: [s.start, s.end], message: t('signature-org-name.found', { found: s.text.trim(), genre: id }) });
    }
  },
};
