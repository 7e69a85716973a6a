import { t } from '../../messages';
import type { RuleDefinition } from '../types';

/** A post and a person's name (局长　张建国, 校长 李明): a leader signing in person. */
const PERSON = /^(?:[\u4e00-\u9fff×]{0,12}?)(局长|副局长|厅长|副厅长|部长|主任|副主任|书记|副书记|省长|市长|县长|区长|镇长|乡长|校长|院长|处长|科长|所长|站长|经理|总经理|董事长)[ \t\u3000]*([\u4e00-\u9fff×]{2,4}|×{2,4})$/;
/** Genres whose 署名 is a person's by rule: a 令 (签署人), an 议案 (the head of government), a 纪要 (none). */
const SIGNED_BY_PERSON = new Set(['命令', '议案', '纪要']);

export const signatureOrgName: RuleDefinition = {
  meta: {
    id: 'signature-org-name',
    title: '发文机关署名用机关名称',
    description:
      '发文机关署名写成了领导职务和姓名（“局长　张建国”）。GB/T 9704—2012 7.3.5 规定署发文机关全称或者规范化简称；以领导个人名义署名的只有命令（令）、议案等。' +
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
    for (const s of ctx.doc.signatures) {
      const m = PERSON.exec(s.text.trim());
      if (!m) continue;
      ctx.report({ range: [s.start, s.end], message: t('signature-org-name.found', { found: s.text.trim(), genre: id }) });
    }
  },
};
