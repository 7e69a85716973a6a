import { GBT9704 } from '../../layout';

export type FontFamily = keyof typeof GBT9704.fonts;

/** Names that say the family whatever the foundry (方正仿宋_GBK, 华文仿宋, FZFangSong …). */
const FAMILY_WORDS: Record<FontFamily, RegExp> = {
  fangsong: /仿宋|fangsong/i,
  xiaobiaosong: /小标宋|标宋|中宋|XBS|zhongsong/i,
  heiti: /黑体|hei/i,
  kaiti: /楷体|kai/i,
  songti: /宋体|song/i,
};

/** Whether a font name is of a family of GB/T 9704 (the layout data's list, or a name that says the family). */
export function isFamily(font: string, family: FontFamily): boolean {
  return (GBT9704.fonts[family] as readonly string[]).includes(font) || FAMILY_WORDS[family].test(font);
}

/** The family's name in a message: its first font (黑体, 楷体_GB2312 …) without the _GB2312 tail. */
export function familyName(family: FontFamily): string {
  return { fangsong: '仿宋', xiaobiaosong: '小标宋体', heiti: '黑体', kaiti: '楷体', songti: '宋体' }[family];
}
