import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { normalizeName } from './org';

/** Lines the parser may take for a 署名 that are closings written without 。 */
const NOT_A_NAME = /^(?:特此|此复|妥否|当否|以上|专此)/;
/** A seal note after the name: 某某局（印章）. */
const SEAL_NOTE = /[（(][^）)]*[）)]$/;

export const signatureBlock: RuleDefinition = {
  meta: {
    id: 'signature-block',
    title: '发文机关署名',
    description: '署名应为发文机关全称或者规范化简称：配置了本机关概况（organization.name / shortName）时，署名与两者都不相符则提示。联合行文只要其中一个署名是本机关即可。纪要、命令（令）不查。',
    category: 'organization',
    basis: '条例',
    source: '条例第九条（十一）（十三）；GB/T 9704 7.3.5',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const org = ctx.config.organization;
    const accepted = [org?.name, org?.shortName].filter((s): s is string => !!s?.trim());
    if (!accepted.length) return;
    const genre = ctx.genre?.genre.id;
    if (genre === '纪要' || genre === '命令') return;
    const sigs = ctx.doc.signatures.filter((s) => !NOT_A_NAME.test(s.text));
    if (!sigs.length) return;
    const wanted = new Set(accepted.map(normalizeName));
    const matches = (s: string) => wanted.has(normalizeName(s)) || wanted.has(normalizeName(s.replace(SEAL_NOTE, '')));
    if (sigs.some((s) => matches(s.text))) return;
    const sig = sigs[0];
    const expected = [
      org?.name ? t('signature-block.fullName', { name: org.name }) : '',
      org?.shortName ? t('signature-block.shortName', { name: org.shortName }) : '',
    ].filter(Boolean).join(t('signature-block.or'));
    ctx.report({
      range: [sig.start, sig.end],
      message: t('signature-block.org', { found: sig.text, expected }),
      suggestions: [...new Set(accepted)].map((name) => ({ title: t('signature-block.suggest', { name }), fix: { range: [sig.start, sig.end], text: name } })),
    });
  },
};
