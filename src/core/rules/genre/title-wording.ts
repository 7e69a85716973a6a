import { t } from '../../messages';
import type { RuleDefinition } from '../types';
import { getBareTitle, titleRange } from './title-tools';

/** 关于……的有关问题（事项、事宜）的通知: 有关 already ties the question to its matter; the 的 before it is one too many. */
const DE_YOUGUAN = /的(有关(?:问题|事项|事宜|工作))/;

export const titleWording: RuleDefinition = {
  meta: {
    id: 'title-wording',
    title: '标题用语',
    description:
      '标题中“……的有关问题”多一个“的”（写作“关于……有关问题的通知”）；“的”字用了三个以上（书名号内的不计），读来拖沓，只作提示；“关于”出现两次（所引文件的标题未加书名号），只作提示。' +
      '选项 maxLength 设为正整数时，标题（不计书名号内的文件名）超过这一字数也提示；默认不限长度，已发布的公文常有长标题。',
    category: 'title',
    basis: '实务',
    source: '实务（公文标题简明：关于……有关问题的通知；“的”字不叠用）',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
  },
  check(ctx) {
    const bare = getBareTitle(ctx.doc);
    if (!bare) return;
    // Names of cited documents (《……的……》) are theirs: blanked for counting and matching.
    const plain = bare.text.replace(/《[^》]*》/g, (m) => '　'.repeat(m.length));
    const m = DE_YOUGUAN.exec(plain);
    if (m) {
      const range = titleRange(ctx.doc, m.index, m.index + 1);
      ctx.report({ range, message: t('title-wording.deYouguan', { found: m[1] }), suggestions: [{ title: t('title-wording.suggestDropDe'), fix: { range, text: '' } }] });
    }
    const des = [...plain.matchAll(/的/g)];
    if (des.length >= 3 && !m) {
      const third = des[2].index!;
      ctx.report({ range: titleRange(ctx.doc, third, third + 1), message: t('title-wording.manyDe', { count: des.length }), severity: 'info' });
    }
    // ××大学关于认真贯彻……关于不准干扰……的通报精神……的意见: 关于 twice, a cited document's title run into the 事由
    // without its 书名号 (a hint: published titles do it now and then).
    const guanyu = [...plain.matchAll(/关于/g)];
    // (A 转发/批转/印发 title nesting its source's is title-transfer-nesting's.)
    if (guanyu.length >= 2 && !/转发|批转|印发/.test(plain)) {
      const second = guanyu[1].index!;
      ctx.report({ range: titleRange(ctx.doc, second, second + 2), message: t('title-wording.guanyuTwice'), severity: 'info' });
    }
    const max = typeof ctx.options.maxLength === 'number' && ctx.options.maxLength > 0 ? ctx.options.maxLength : 0;
    const length = plain.replace(/[　\s]/g, '').length;
    if (max && length > max) {
      ctx.report({ range: [bare.start, bare.end], message: t('title-wording.tooLong', { length, max }), severity: 'info' });
    }
  },
};
