/**
 * The encodings a Chinese office's files come in: UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM (what
 * Windows tools save as "Unicode"), and GB18030/GBK. Decoding is strict — a file that is none of them is
 * refused, never turned into U+FFFD — and `--fix` writes the file back in the encoding and BOM it came in.
 * iconv-lite encodes GB18030 and UTF-16; Node's TextDecoder checks GB18030 strictly.
 */
import * as iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'gbk';

export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'gbk'];

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

export type DecodeResult = Decoded | { error: string };

/** `--encoding` values, with the common spellings (utf8, GB2312, cp936). */
export function parseEncoding(name: string): Encoding | undefined {
  const n = name.toLowerCase().replace(/[_\s]/g, '-');
  if (n === 'utf8' || n === 'utf-8') return 'utf-8';
  if (n === 'utf16le' || n === 'utf-16le' || n === 'utf-16') return 'utf-16le';
  if (n === 'utf16be' || n === 'utf-16be') return 'utf-16be';
  if (n === 'gb18030') return 'gb18030';
  if (n === 'gbk' || n === 'gb2312' || n === 'cp936' || n === 'euc-cn') return 'gbk';
  return undefined;
}

const strict = (label: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/** Detects (or, with `forced`, applies) the encoding of a file's bytes. */
export function decode(bytes: Uint8Array, forced?: Encoding): DecodeResult {
  const b = bytes;
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe && (!forced || forced === 'utf-16le')) {
    return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf-16le'), encoding: 'utf-16le', bom: true };
  }
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff && (!forced || forced === 'utf-16be')) {
    return { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf-16be'), encoding: 'utf-16be', bom: true };
  }
  const utf8Bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  if (forced && forced !== 'utf-8') {
    const text = strict(forced === 'gbk' ? 'gbk' : forced, b);
    if (text === undefined) return { error: `不是 ${forced.toUpperCase()} 编码的文本（有无法解码的字节），已跳过` };
    return { text, encoding: forced, bom: false };
  }
  // NUL bytes outside UTF-16 mean a binary file (a picture, a Word file saved under a .txt name).
  if (b.includes(0)) return { error: '不是文本文件（含 NUL 字节），已跳过' };
  const body = utf8Bom ? b.subarray(3) : b;
  const utf8 = strict('utf-8', body);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', bom: utf8Bom };
  if (forced === 'utf-8') return { error: '不是 UTF-8 编码的文本，已跳过' };
  // Not UTF-8: GB18030 (a superset of GBK and GB2312) is what Chinese Windows writes.
  const gb = strict('gb18030', b);
  if (gb !== undefined) return { text: gb, encoding: 'gb18030', bom: false };
  return { error: '无法识别的文本编码（不是 UTF-8、UTF-16 或 GB18030/GBK），已跳过；可用 --encoding 指定' };
}

/** The bytes of `text` in the encoding (and with the BOM) a file came in. */
export function encode(text: string, encoding: Encoding, bom: boolean): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
    case 'utf-16le':
      return Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), iconv.encode(text, 'utf-16le')]);
    case 'utf-16be':
      return Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), iconv.encode(text, 'utf-16be')]);
    case 'gb18030':
    case 'gbk':
      return iconv.encode(text, encoding);
  }
}

/** Whether every character of `text` survives the encoding (GBK cannot hold every character a fix may write). */
export function encodable(text: string, encoding: Encoding): boolean {
  if (encoding !== 'gbk') return true;
  return iconv.decode(iconv.encode(text, 'gbk'), 'gbk') === text;
}
