/**
 * A received Word file (.docx) opened for review (issue 14): the zip read with fflate, each part's bytes kept as they
 * are, so that a part the review does not touch goes back byte for byte. What is not a .docx is told apart before
 * anything is inflated (a .doc or an encrypted .docx is an OLE compound file, a PDF starts %PDF), and a zip bomb is
 * refused from the sizes its entries declare (the limits below), never by inflating it first.
 *
 * Why fflate: it reads and writes zips in Node and in browsers, small and maintained, and its unzip filter sees each
 * entry's declared size before inflating it (the limits are checked there). jszip (which the `docx` package brings)
 * has no such hook; adm-zip is Node-only.
 */
import { unzipSync, zipSync, type Unzipped, type Zippable } from 'fflate';
import { t } from '../core/messages';

export type DocxErrorKind = 'legacy' | 'encrypted' | 'pdf' | 'not-zip' | 'corrupt' | 'too-large' | 'not-docx' | 'empty';

/** A file that cannot be reviewed, with the reason in Chinese (the CLI and the editor show it as it is). */
export class DocxError extends Error {
  constructor(readonly kind: DocxErrorKind, message: string) {
    super(message);
  }
}

export interface PackageLimits {
  /** Entries in the zip. */
  maxEntries: number;
  /** Inflated bytes of all entries together. */
  maxTotalBytes: number;
  /** Inflated bytes of one XML part that is read (document.xml and the like). */
  maxPartBytes: number;
}

export const DEFAULT_LIMITS: PackageLimits = { maxEntries: 5_000, maxTotalBytes: 500 * 1024 * 1024, maxPartBytes: 64 * 1024 * 1024 };

export interface DocxPackage {
  /** Every entry's inflated bytes, in the zip's order. */
  parts: Unzipped;
  /** Entry names in the zip's order (written back in the same order). */
  order: string[];
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptedPackage" as a compound file's directory names it (UTF-16LE): the stream of an encrypted .docx (MS-OFFCRYPTO). */
const ENCRYPTED_PACKAGE = Uint8Array.from([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export interface OpenOptions {
  /** Inflate only the parts this says are wanted (the others are counted against the limits, never inflated). */
  only?: (name: string) => boolean;
}

/** The XML parts and relationships, which is all that reading the text and the layout needs (no images inflated). */
export const XML_PARTS = (name: string) => /\.(xml|rels)$/i.test(name);

export function openPackage(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS, options: OpenOptions = {}): DocxPackage {
  if (OLE.every((b, i) => bytes[i] === b)) {
    // An encrypted .docx is a compound file holding the encrypted package; a .doc holds a WordDocument stream.
    if (contains(bytes, ENCRYPTED_PACKAGE)) throw new DocxError('encrypted', t('docx.encrypted'));
    throw new DocxError('legacy', t('docx.legacy'));
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) throw new DocxError('pdf', t('docx.pdf'));
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocxError('not-zip', t('docx.notZip'));
  let entries = 0;
  let total = 0;
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes, {
      filter(file) {
        entries++;
        total += file.originalSize;
        if (entries > limits.maxEntries) throw new DocxError('too-large', t('docx.tooManyEntries', { max: limits.maxEntries }));
        if (total > limits.maxTotalBytes) throw new DocxError('too-large', t('docx.tooLarge', { mb: Math.round(limits.maxTotalBytes / 1048576) }));
        return !options.only || options.only(file.name);
      },
    });
  } catch (err) {
    if (err instanceof DocxError) throw err;
    throw new DocxError('corrupt', t('docx.corrupt', { reason: (err as Error).message }));
  }
  if (!parts['word/document.xml'] || !parts['[Content_Types].xml']) throw new DocxError('not-docx', t('docx.notDocx'));
  // The sizes the entries declared are what was checked: an entry that inflates to more than it declared is refused too.
  let inflated = 0;
  for (const p of Object.values(parts)) inflated += p.length;
  if (inflated > limits.maxTotalBytes) throw new DocxError('too-large', t('docx.tooLarge', { mb: Math.round(limits.maxTotalBytes / 1048576) }));
  return { parts, order: Object.keys(parts) };
}

/** A part as text (UTF-8), or undefined when the package has none; one larger than the limit is refused. */
export function partText(pkg: DocxPackage, name: string, limits: PackageLimits = DEFAULT_LIMITS): string | undefined {
  const p = pkg.parts[name];
  if (!p) return undefined;
  if (p.length > limits.maxPartBytes) throw new DocxError('too-large', t('docx.partTooLarge', { part: name, mb: Math.round(limits.maxPartBytes / 1048576) }));
  return new TextDecoder('utf-8').decode(p);
}

/** The package written back: every entry in its order, the changed ones replaced, new ones appended. */
export function writePackage(pkg: DocxPackage, changed: Record<string, Uint8Array | string>): Uint8Array {
  const out: Zippable = {};
  const encoder = new TextEncoder();
  const bytesOf = (v: Uint8Array | string) => (typeof v === 'string' ? encoder.encode(v) : v);
  // Parts already compressed (images, embedded media) are stored as they are: deflating them again gains nothing and
  // takes most of the time for a file full of pictures.
  for (const name of pkg.order) out[name] = name in changed ? bytesOf(changed[name]) : XML_PARTS(name) ? pkg.parts[name] : [pkg.parts[name], { level: 0 }];
  for (const [name, v] of Object.entries(changed)) if (!(name in out)) out[name] = bytesOf(v);
  return zipSync(out, { level: 6 });
}
