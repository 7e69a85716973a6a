/** The resolved configuration the engine runs with (discovery and packs build it; see packs/ when present). */
import type { DetectMode, SeveritySetting } from './types';

export interface RuleSetting {
  severity?: SeveritySetting;
  options?: Record<string, unknown>;
}

/** A team's wording rule: `wrong` is flagged and replaced by `right`. */
export interface TermEntry {
  wrong: string;
  right: string;
  severity?: 'error' | 'warning' | 'info';
  note?: string;
  /** Phrases containing `wrong` that are fine (e.g. 截止日期 for wrong 截止). */
  exceptions?: string[];
  /**
   * The context in which `wrong` is wrong, as regular expressions: `before` must match the text that ends where it
   * starts, `after` the text that follows it (each read within 16 characters). The lexicon's entries have the same.
   */
  before?: string;
  after?: string;
}

export interface OrganizationProfile {
  name?: string;
  shortName?: string;
  /** 机关代字, e.g. 某教发. */
  code?: string;
  superiors?: string[];
  subordinates?: string[];
  peers?: string[];
}

/**
 * How the organisation's documents are printed (the Word export and the page preview, issue 10): set in .wenmirc.json
 * or a team pack under "layout". Everything else comes from GB/T 9704 (src/core/layout/gbt9704.json).
 */
export interface LayoutSettings {
  /** The 发文机关标志 printed when the draft has none, e.g. "某某市教育局文件". */
  issuerMark?: string;
  /** The colour of the 发文机关标志 and the 版头's lines, RGB hex (default: the standard's red). */
  issuerColor?: string;
  /** false: the 版头 in black (a copy for printing in black and white); default true. */
  redHeader?: boolean;
  /** "— 1 —" (default, 7.5), a bare number, or none. */
  pageNumber?: 'dash' | 'plain' | 'none';
  /** Font names per family, first choice first, in place of the standard's (e.g. where 仿宋_GB2312 is not installed). */
  fonts?: Partial<Record<'fangsong' | 'xiaobiaosong' | 'heiti' | 'kaiti' | 'songti', string[]>>;
}

export interface LintConfig {
  rules: Record<string, RuleSetting>;
  terms: TermEntry[];
  organization?: OrganizationProfile;
  /** The printed layout's settings (not used by the rules). */
  layout?: LayoutSettings;
  /** For plaintext/Markdown: lint always, only when it looks like a 公文 (default), or never. */
  detect: DetectMode;
}

export function defaultConfig(): LintConfig {
  return { rules: {}, terms: [], detect: 'auto' };
}

/** Normalises a rule setting written as a bare severity or an object. */
export function toRuleSetting(v: unknown): RuleSetting | undefined {
  if (typeof v === 'string') return { severity: v as SeveritySetting };
  if (v && typeof v === 'object' && !Array.isArray(v)) return v as RuleSetting;
  return undefined;
}

/** A snippet contributed by a pack (VS Code snippet format), optionally limited to some 文种. */
export interface PackSnippet {
  name: string;
  prefix: string[];
  body: string;
  description?: string;
  /** 文种 ids this snippet is meant for; empty = any. */
  genres?: string[];
  /** The pack it came from (name@version). */
  pack: string;
}

/** A template contributed by a pack, as raw data: the drafting code validates and reads it. */
export interface PackTemplate {
  pack: string;
  /** Where it came from (file path), for error messages. */
  source: string;
  data: unknown;
}

/** Everything a project's configuration yields for one document. */
export interface ProjectResources {
  config: LintConfig;
  snippets: PackSnippet[];
  templates: PackTemplate[];
}
