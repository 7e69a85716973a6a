import { t } from '../../messages';
import { matchGenreSuffix, matchNonstatutorySuffix } from '../../genres';
import type { GongwenDocument } from '../../parse/model';
import type { RuleDefinition } from '../types';

const TRAILING = /[。，；：！？.,;:!?、]+$/;

/** The trailing marks of a line that reads as a title (other rules leave them to this one), or undefined. */
export function titleTrailingMarks(doc: GongwenDocument): { start: number; end: number; marks: string } | undefined {
  const title = doc.title;
  if (!title) return undefined;
  const last = title.parts[title.parts.length - 1];
  const m = TRAILING.exec(last.text);
  if (!m) return undefined;
  const bare = title.text.slice(0, title.text.length - m[0].length);
  const own = bare.replace(/《[^》]*》?/g, '');
  if (!matchGenreSuffix(bare) && !matchNonstatutorySuffix(bare) && !/关于/.test(own)) return undefined;
  return { start: last.start + m.index, end: last.end, marks: m[0] };
}

export const titleTrailingPunct: RuleDefinition = {
  meta: {
    id: 'title-trailing-punct',
    title: '标题末尾标点',
    description: '标题（以文种结尾或含“关于”的首行）末尾用了句号、逗号、叹号等标点。公文标题末尾不加标点：实务通常如此，GB/T 15834 附录也说明标题末尾通常不用标点。可自动删除。',
    category: 'title',
    basis: '实务',
    source: '实务；GB/T 15834 附录（标题的标点用法）',
    defaultSeverity: 'warning',
    fixable: true,
    certainFix: { changes: '删去标题末尾的标点' },
  },
  check(ctx) {
    const found = titleTrailingMarks(ctx.doc);
    if (!found) return;
    ctx.report({
      range: [found.start, found.end],
      message: t('title-trailing-punct.found', { found: found.marks }),
      fix: { range: [found.start, found.end], text: '' },
    });
  },
};
