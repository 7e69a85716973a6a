/** Line patterns of the 公文 elements (RULEBOOK §3 zone parser), deliberately tolerant: rules flag the faults. */

export const CN_DIGITS = '零〇一二三四五六七八九十百';

/** 份号: six digits per GB/T 9704 7.2.1, but accept other short forms so copyno-format can flag them. */
export const COPY_NO = /^(?:(?:份号|No\.?|NO\.?)[:：\s]*)?[0-9０-９]{1,8}$/;
export const SECRECY = /^(绝密|机密|秘密)(?:$|[★☆*＊\s\u3000·•]|[0-9０-９一二三四五六七八九十]+(?:年|个月))/;
export const URGENCY = /^(特急|加急|急件|紧急|平急|特提|特急件|加急件)$/;
export const ISSUER_MARK = /^\S.{0,60}文[ \u3000]*件$/;
/** 发文字号 with any of the bracket look-alikes, any year length, optional 第 and 号. */
export const DOC_NO = /[\p{Script=Han}A-Za-z×ＸXx○〇]{1,20}[ \u3000]?[〔\[【（(［﹝{]\s*[0-9０-９]{2,4}\s*[〕\]】）)］﹞}]\s*第?\s*[0-9０-９]{1,5}\s*号?/u;
export const DOC_NO_LINE = new RegExp(`^${DOC_NO.source}(?:[\\s\\u3000]+签发人.*)?$`, 'u');
/**
 * A line that is meant as a 发文字号 but is written in a form DOC_NO_LINE does not accept: year before the
 * 机关代字, 年 inside the brackets, 字 or （函） around them, a bracketed sequence number, 號. Ends in 号/號
 * and has a year in brackets, or a year with 年 before a bracketed number (1995年[12]号); a series number
 * such as 2023年第1号 is no 发文字号.
 */
export const DOC_NO_LOOSE =
  /^(?=.*(?:[〔\[【（(［﹝{][ \u3000]*(?:[0-9０-９×ＸXx]{2,4}|[〇零○一二三四五六七八九]{4}[〕\]】）)］﹞}])|[0-9]{4}年[〔\[【（(［﹝{]))(?!.*[，。；：,;:！？])[\p{Script=Han}A-Za-z×ＸXx○〇（）()〔〕\[\]【】［］﹝﹞{} \u30000-9０-９]{3,40}[号號]$|^(?!.*(?:公告|通告|公报|令|期|批))[\p{Script=Han}×ＸXx]{1,8}?(?:发|函|字|办|政|呈|复|电)[ \u3000]*[0-9０-９]{4}[ \u3000]*年?[ \u3000]*第?[0-9０-９]{1,4}[号號]$/u;
/** A 发文字号 being typed, in part: its bracketed year alone ([2006]) or its sequence number alone (08号, 第1号; a 令号 is 第N号 too). */
export const DOC_NO_FRAGMENT = /^(?:[〔\[【（(［﹝{][ \u3000]*[0-9０-９]{4}[ \u3000]*[〕\]】）)］﹞}]|第?[0-9０-９]{1,4}[号號])$/;
export const SIGNER = /^签发人[:：\s\u3000]/;
export const SEPARATOR = /^(?:[-—_=─━＿*＊]{3,}|<hr\s*\/?>)$/;

/** A line that is only a date, in any of the forms drafters write. */
export const DATE_LINE =
  /^(?:[0-9０-９〇零○ＯOo一二三四五六七八九]{2,4}[ \u3000]*年[ \u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*月[ \u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*[日号]?|[0-9]{4}\s*[.\-/．]\s*[0-9]{1,2}\s*[.\-/．]\s*[0-9]{1,2})$/;

/** 附件：…, and the old 附：… (a 附件说明 that GB/T 9704-2012 writes 附件：). */
export const ATTACHMENT_NOTE = /^附\s*件\s*(?:[:：]|[ \u3000]+(?=\S)|(?=[0-9]+[.．、]))|^附[ \u3000]*[:：]/;
/** The number of an 附件标识 as written (附件3, 附件３, 附件三), or undefined for a bare 附件. */
export function attachmentNumber(written: string | undefined): number | undefined {
  if (!written) return undefined;
  if (/^[一二三四五六七八九十]+$/.test(written)) return chineseNumeral(written);
  return Number(written.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** 附件标识: 附件 and its number alone on a line (附件一, 附件1: are faulty forms, still labels). */
export const ATTACHMENT_LABEL = /^附\s*件\s*([0-9０-９]{0,3}|[一二三四五六七八九十]{1,3})\s*[:：]?$/;

export const COLOPHON_LABEL = /^(抄送(?:单位|机关)?|主送|抄报|报送|分送|报|送)\s*[:：]/;
export const COLOPHON_LABEL_LOOSE = /^(抄送|主送|抄报|分送)[\s\u3000]/;
export const IMPRINT = /印发$/;
/** A 版记 line "印发机关　　日期" without its 印发 (imprint-line flags the missing word). */
export const IMPRINT_NO_SUFFIX = new RegExp(`^\\S.{0,60}?[ \\t\\u3000]+${DATE_LINE.source.slice(1)}`);

export const NOTE_LINE = /^[（(].*[)）]$|^(联系人|联系电话|联系方式|此件|本件)/;

/** Organisation-like ending, for recipient lines without a colon and for 署名 lines. */
export const ORG_SUFFIX =
  /(人民政府|政府|委员会|党委|党组|办公厅|办公室|局|厅|委|办|部|院|署|会|处|科|室|所|站|中心|单位|公司|集团|学校|大学|学院|银行|街道|乡|镇|村|社区|区|县|市|省|机关|机构|部门|各有关单位|同志)$/;

/** Heading markers for the four levels of GB/T 9704 7.3.3, with the common faulty variants. */
export const HEADING_L1 = /^([一二三四五六七八九十百]+)[ \u3000]*([、.．，,:：])/;
export const HEADING_L2 = /^([（(〔［\[【])[ \u3000]*([一二三四五六七八九十百]+)[ \u3000]*([）)〕］\]】])([、.．，,]?)/;
/**
 * A digit may follow the mark only as a year ("1.2024年工作目标"), or in a list of markers ("1、2、3、"):
 * "1.5万元" and "3、4月" are numbers, not headings.
 */
export const HEADING_L3 = /^([0-9]{1,3})[ \u3000]*(?:[.．](?!(?![0-9]{4}年)[0-9])|[、，,)）](?![0-9])|、(?=[0-9]{1,3}、))/;
export const HEADING_L4 = /^([（(〔［\[【])[ \u3000]*([0-9]{1,3})[ \u3000]*([）)〕］\]】])([、.．，,]?)/;

/** Lines that open with an ordinal word and a mark, as drafters misuse them for headings (第一、 首先、 ①、). */
export const ORDINAL_LINE = /^(?:(?:第|其)[一二三四五六七八九十]{1,3}|首先|其次|再次|最后|[①-⑳⑴-⒇]|[A-Za-z])[、.．，,]/;

/**
 * A line that is nothing but a (possibly faulty or partial) date: 二OO九年, 09年, 2018、8、26, 09•10•30,
 * 12.22, 11月20日, 一九九四年元月. A draft that holds only such a line is a date, not a title.
 */
export const DATE_LOOSE =
  /^(?:(?=[^OoＯ0０]*[OoＯ0０])(?=.*[一二三四五六七八九])[〇零○一二三四五六七八九OoＯ0０](?:[ \u3000]?[〇零○一二三四五六七八九OoＯ0０]){3}$|[0-9０-９〇零○ＯOo一二三四五六七八九]{2,4}[ \u3000]*年(?:[ \u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十元]{1,3})[ \u3000]*月(?:[ \u3000]*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]*日?)?)?|(?:[0-9０-９]{1,2}|[一二三四五六七八九十元]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日|[0-9]{2,4}[.、•·\-/．][0-9]{1,2}(?:[.、•·\-/．][0-9]{1,2})?)$/;

/** 一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105 (the numerals of 层次序号). */
export function chineseNumeral(s: string): number {
  if (s === '十') return 10;
  let total = 0;
  let current = 0;
  for (let k = 0; k < s.length; k++) {
    const ch = s[k];
    if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else {
      const d = '零一二三四五六七八九'.indexOf(ch);
      if (d >= 0) current = d;
      else if (ch === '〇') current = 0;
    }
  }
  return total + current;
}

export function toChineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n <= 0) return String(n);
  if (n < 10) return digits[n];
  if (n < 20) return '十' + (n % 10 ? digits[n % 10] : '');
  if (n < 100) return digits[Math.floor(n / 10)] + '十' + (n % 10 ? digits[n % 10] : '');
  return String(n);
}
