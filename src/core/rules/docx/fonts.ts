import { GBT9704 } from '../../layout';

export type FontFamily = keyof typeof GBT9704.fonts;

/**
 * Names that say the family whatever the foundry (方正仿宋_GBK, 华文仿宋, FZFangSong …), and the names of other families
 * that contain the same word (仿宋 and 中宋 are no 宋体, 微软雅黑 is no 黑体).
 */
const FAMILY_WORDS: Record<FontFamily, { is: RegExp; not?: RegExp }> = {
  fangsong: { is: /仿宋|fangsong/i },
  xiaobiaosong: { is: /小标宋|标宋|中宋|XBS|zhongsong/i },
  heiti: { is: /黑体|hei/i, not: /雅黑|yahei|正黑|zhenghei/i },
  kaiti: { is: /楷体|kai/i },
  songti: { is: /宋|song/i, not: /仿宋|中宋|标宋|fang|zhong|xbs|biaosong/i },
};

/** Whether a font name is of a family of GB/T 9704 (the layout data's list, or a name that says the family). */
export function isFamily(font: string, family: FontFamily): boolean {
  const words = FAMILY_WORDS[family];
  return (GBT9704.fonts[family] as readonly string[]).includes(font) || (words.is.test(font) && !words.not?.test(font));
}

/** The family's name in a message: its first font (黑体, 楷体_GB2312 …) without the _GB2312 tail. */
export function familyName(family: FontFamily): string {
  return { fangsong: '仿宋', xiaobiaosong: '小标宋体', heiti: '黑体', kaiti: '楷体', songti: '宋体' }[family];
}
