import { t } from '../../messages';
import type { RuleDefinition } from '../types';

/** The 机关代字: everything before the year bracket (any of the look-alikes docno-format flags). */
const CODE = /^([^\s\u3000〔[【（(［﹝{]+)[\s\u3000]*[〔[【（(［﹝{]/;

/** The kind character that ends many 代字 (某教发, 某教函, 某教办…). */
const KIND = /[发函报请办字呈复通]$/;

export const docnoOrgCode: RuleDefinition = {
  meta: {
    id: 'docno-org-code',
    title: '发文字号使用本机关代字',
    description: '版头发文字号的机关代字须以本机关概况中的代字（organization.code）开头，例如代字“某教”时可用“某教发”“某教函”。没有配置代字时不检查。',
    category: 'organization',
    basis: '条例',
    source: '条例第九条（五）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const code = ctx.config.organization?.code?.trim();
    if (!code) return;
    for (const el of ctx.doc.header.docNos) {
      const m = CODE.exec(el.text);
      if (!m) continue;
      const found = m[1];
      if (found.startsWith(code)) continue;
      const start = el.start;
      const end = start + found.length;
      // Keep the kind of the 代字 found (发/函/…) when the configured code has none.
      const kind = KIND.exec(found);
      const replacement = !KIND.test(code) && kind ? code + kind[0] : code;
      ctx.report({
        range: [start, end],
        message: t('docno-org-code.found', { found, code }),
        suggestions: [{ title: t('docno-org-code.suggest', { code: replacement }), fix: { range: [start, end], text: replacement } }],
      });
    }
  },
};
