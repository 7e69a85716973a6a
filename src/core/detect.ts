/** 文种 detection: from the title's statutory suffix (longest match), else from content signals. */
import { getGenre, matchGenreSuffix, type Genre, type GenreId, isGenreId } from './genres';
import type { GongwenDocument, Span } from './parse/model';

export interface DetectedGenre {
  genre: Genre;
  /** 'title': the title ends with the genre; 'front-matter': declared; 'content': inferred from closings/openings. */
  source: 'title' | 'front-matter' | 'content';
  /** The genre word in the title (for quick fixes that replace it). */
  word?: Span;
  /** Whether the title's genre word is preceded by another genre word (请示报告). */
  doubled?: boolean;
}

const TRAILING_PUNCT = /[。，；：！？.,;:!?、\s]+$/;
/** A parenthesised 发文字号 or issue number at the end of a title. */
const TITLE_NUMBER = /[（(][^（）()]{0,30}(?:[〔［\[【(（﹝{][0-9]{4}[〕］\]】)）﹞}][^（）()]{0,10}号|第[0-9一二三四五六七八九十]+[期号])[)）]$/;

const FOOTNOTE_MARK = /(?:\[[0-9]{1,2}\]|［[0-9０-９]{1,2}］|[①②③④⑤⑥⑦⑧⑨⑩*＊])$/;
const EDITION_NOTE = /[（(](?:全文|摘要|摘编|节选|附全文|草案|征求意见稿|送审稿|讨论稿|修订稿|代拟稿|初稿|定稿|图解|文字实录)[)）]$/;

/** The title text without trailing punctuation, and its end offset in the document. */
export function bareTitle(doc: GongwenDocument): { text: string; end: number } | undefined {
  const t = doc.title;
  if (!t) return undefined;
  const m = TRAILING_PUNCT.exec(t.text);
  let text = m ? t.text.slice(0, m.index) : t.text;
  // What may follow a title without being part of it, in any order: a number (……的通告（2018年第20期）, ……的通知
  // （岳办发〔2017〕2号）), a web page's or a draft's note on the text (……政府工作报告（全文）, ……的决定（草案）), a
  // footnote mark (……数据公报[1]).
  for (let k = 0; k < 3; k++) {
    const after = TITLE_NUMBER.exec(text) ?? EDITION_NOTE.exec(text) ?? FOOTNOTE_MARK.exec(text);
    if (!after || after.index === 0) break;
    text = text.slice(0, after.index).replace(TRAILING_PUNCT, '');
  }
  // The title may span lines: map the end of the bare text back into the document.
  return { text, end: titleOffset(doc, text.length, true) };
}

/**
 * Document offset of the i-th character of the joined title text (a title may span lines).
 * At a line boundary a start offset goes to the next line; pass `asEnd` for an end offset.
 */
export function titleOffset(doc: GongwenDocument, i: number, asEnd = false): number {
  const t = doc.title!;
  let rest = i;
  for (const p of t.parts) {
    const len = p.end - p.start;
    if (rest < len || (asEnd && rest === len)) return p.start + rest;
    rest -= len;
  }
  return t.end;
}

const CONTENT_SIGNALS: ReadonlyArray<{ re: RegExp; genre: GenreId }> = [
  { re: /(妥否|当否)[，,？?]?请(批示|批复|审批|审示|核示)|请予(批准|审批|批复)/, genre: '请示' },
  { re: /特此(报告|汇报)|专此报告/, genre: '报告' },
  { re: /特此函(告|复)|请予函复/, genre: '函' },
  { re: /特此通知/, genre: '通知' },
  { re: /特此通报/, genre: '通报' },
  { re: /特此通告/, genre: '通告' },
  { re: /特此公告/, genre: '公告' },
  { re: /此复|特此批复/, genre: '批复' },
];

export function detectGenre(doc: GongwenDocument): DetectedGenre | undefined {
  const declared = doc.frontMatter?.fields.genre ?? doc.frontMatter?.fields['文种'];
  if (declared && isGenreId(declared)) return { genre: getGenre(declared), source: 'front-matter' };
  const bare = bareTitle(doc);
  if (bare) {
    let m = matchGenreSuffix(bare.text);
    // "…的批复函" doubles 批复 and 函: the genre word is 函, not 复函.
    if (m?.suffix === '复函' && bare.text.endsWith('批复函')) m = { genre: '函', suffix: '函', length: 1 };
    if (m) {
      const start = titleOffset(doc, bare.text.length - m.length);
      const before = bare.text.slice(0, bare.text.length - m.length).replace(/[ \u3000]+$/, '');
      const first = /(请示|报告|申请|函|意见|批复|通知|决定)$/.exec(before);
      const doubled = !!first;
      // “…的请示报告” that ends “妥否，请批示。” is a 请示: when the closing names one of the two doubled
      // genres, that one is the document's (the title word is still genre-doubled's finding).
      let genre: GenreId = m.genre;
      if (first && isGenreId(first[1])) {
        const signal = contentSignal(doc);
        if (signal === first[1]) genre = signal;
      }
      return {
        genre: getGenre(genre),
        source: 'title',
        // The word as written (批 复 when spaced out), so that its length is its length in the title.
        word: { start, end: bare.end, text: bare.text.slice(bare.text.length - m.length) },
        doubled,
      };
    }
  }
  // No statutory suffix: infer from the closing of the last paragraphs.
  const signal = contentSignal(doc);
  return signal ? { genre: getGenre(signal), source: 'content' } : undefined;
}

/** The 文种 the closing of the last paragraphs points to (妥否，请批示 → 请示), if any. */
function contentSignal(doc: GongwenDocument): GenreId | undefined {
  const tail = doc.paragraphs.slice(-3).map((p) => p.text).join('\n');
  for (const s of CONTENT_SIGNALS) if (s.re.test(tail)) return s.genre;
  return undefined;
}
