/** The document model: every element carries exact offsets into the original text. */
import type { OffsetRange } from '../types';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Line {
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character before the line break. */
  end: number;
  /** Raw text of the line without its line break. */
  raw: string;
  /** The line without indentation (spaces, tabs, U+3000), Markdown marks (#, >, ** … **) and trailing spaces. */
  content: string;
  contentStart: number;
  contentEnd: number;
  blank: boolean;
  /** A line that is only an HTML comment (suppression markers). */
  comment: boolean;
  /** Markdown heading level (1–6) when the line started with # marks. */
  mdHeading: number;
  /** Internal: parseHeading's answer for this line once asked (undefined = not asked yet, null = none). */
  headingCache?: Heading | null;
}

export type ElementKind =
  | 'copyNo' | 'secrecy' | 'urgency' | 'issuerMark' | 'docNo' | 'signer' | 'separator'
  | 'title' | 'subtitle' | 'recipients' | 'paragraph' | 'attachmentNote'
  | 'signature' | 'date' | 'note' | 'attachmentLabel' | 'attachmentTitle' | 'attachmentBody'
  | 'colophonRecipients' | 'cc' | 'imprint' | 'colophonOther';

export interface Element extends Span {
  kind: ElementKind;
  /** Index of the (first) line. */
  line: number;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Heading {
  level: HeadingLevel;
  /** The ordinal as a number (一 → 1, （三） → 3, 12. → 12). */
  number: number;
  /** The whole marker as written, e.g. "一、", "(一)", "1、". */
  marker: Span;
  /** The canonical marker for this level and number, e.g. "一、", "（一）", "1.", "（1）". */
  canonical: string;
  /** The heading text after the marker, up to the first 。 (run-in heading) or the end of the line. */
  text: Span;
  /** True when body text follows the heading on the same line (after 。). */
  runIn: boolean;
  line: number;
}

export interface AttachmentItem {
  /** The number as written (undefined for a single unnumbered attachment). */
  number?: number;
  /** The numbering marker as written, e.g. "1.", "1、", "（1）". */
  marker?: Span;
  name: Span;
  line: number;
}

export interface AttachmentNote extends Element {
  /** The "附件" label and its colon, e.g. "附件：". */
  label: Span;
  items: AttachmentItem[];
}

export interface Attachment {
  label: Element;
  number?: number;
  title?: Element;
}

export interface Title extends Element {
  /** The title's lines (a title may span several lines, as gov.cn lays titles out). */
  parts: Span[];
}

export interface GongwenDocument {
  text: string;
  lines: Line[];
  frontMatter?: { range: OffsetRange; fields: Record<string, string> };
  header: {
    copyNo?: Element;
    secrecy?: Element;
    urgency?: Element;
    issuerMarks: Element[];
    docNos: Element[];
    signer?: Element;
    /** Every header element in document order. */
    elements: Element[];
  };
  title?: Title;
  subtitle?: Element;
  recipients?: Element;
  /** The 正文: one paragraph per non-blank line, headings included. */
  paragraphs: Element[];
  headings: Heading[];
  /** Offsets of the 正文 (from the first paragraph to the end of the last). */
  body?: OffsetRange;
  attachmentNote?: AttachmentNote;
  signatures: Element[];
  date?: Element;
  /** A date-only line set above the title or between the title and the 主送 (a web page's date, or a 成文日期 put in the wrong place). */
  earlyDate?: Element;
  notes: Element[];
  /** The document an 印发 notice carries, printed after its date without an 附件 label (from its title line to its end). */
  carried?: OffsetRange;
  attachments: Attachment[];
  colophon: Element[];
  /** 《》 “” ‘’ 「」 and straight-quoted spans, sorted; rules ignore phrases inside them. */
  quoted: OffsetRange[];
  /** Whether the text looks like a 公文 at all. */
  isGongwen: boolean;
  /** The evidence that made (or did not make) it a 公文. */
  evidence: string[];
  /** What rules compute once per document and share (memo.ts): it dies with the document. */
  readonly memo: Map<unknown, unknown>;
}
