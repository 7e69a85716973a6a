/** What a rule is: metadata (data) plus a check function that reports exact offset ranges. */
import type { LintConfig } from '../config';
import type { DetectedGenre } from '../detect';
import type { GongwenDocument } from '../parse/model';
import type { Fix, OffsetRange, Severity, Suggestion } from '../types';

export type RuleCategory =
  | 'genre' | 'title' | 'route' | 'header' | 'body' | 'colophon' | 'closing' | 'tone'
  | 'number' | 'punct' | 'wording' | 'length' | 'terms' | 'organization';

/** Where a rule's authority comes from (RULEBOOK §0.1): it decides how a message may phrase it. */
export type RuleBasis = '条例' | 'GB/T 9704' | 'GB/T 15834' | 'GB/T 15835' | '实务';

export interface RuleMeta {
  /** Rule id as in RULEBOOK.md. */
  id: string;
  /** A short Chinese name, e.g. 文种叠用. */
  title: string;
  /** One or two Chinese sentences: what it checks and why. */
  description: string;
  category: RuleCategory;
  basis: RuleBasis;
  /** Exact source, e.g. 条例第十五条（四）. */
  source: string;
  defaultSeverity: Severity;
  /** False for rules that are off until configured (e.g. length-request-report). */
  defaultEnabled?: boolean;
  /** Offers certain fixes (applied by fix-all and --fix). */
  fixable: boolean;
  /**
   * What the certain fixes may change, for a rule with fixable: true. A certain fix is applied without the
   * user looking (fix-all, fix-on-save, --fix), so it may only make a change the text alone makes certain:
   * punctuation, brackets, digits, spacing, a standard form. Words deleted or replaced, a garbled number
   * guessed, anything that depends on a guessed 文种 is a suggestion instead.
   */
  certainFix?: CertainFix;
  /** Offers alternative quick fixes (suggestions). */
  hasSuggestions?: boolean;
  /**
   * 'unit': every finding lies in one paragraph unit (punct/context.ts units()) and follows from that unit's text and
   * the document's structure alone, so after an edit only the edited units are checked again (session.ts). The
   * property test in test/unit/session.test.ts compares that with a full lint after random edits. Default: 'document'.
   */
  scope?: 'unit' | 'document';
}

export interface CertainFix {
  /** In words (Chinese, for docs/rules.md): what a certain fix changes. */
  changes: string;
  /**
   * The Han characters a certain fix may add, remove or convert (〇一二…十 written as digits in a date, the 第
   * of 第5号). Every other Han character keeps its place: the property tests check it on random documents.
   */
  han?: string;
  /** The changes are the team's own list (terms): whatever it configured, and nothing without it. */
  configured?: boolean;
}

export interface ReportInput {
  range: OffsetRange;
  message: string;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** A rule with graded findings (e.g. error for 报告, warning for 通报) says so here. */
  severity?: Severity;
}

export interface RuleContext {
  readonly text: string;
  /** The text as written, before traditional characters were read as simplified ones (same length, same offsets). */
  readonly original?: string;
  /** Where `text` differs from `original` (ascending offsets) and how many simplified-only characters (关, 这) it has. */
  readonly simplified?: { readonly changed: readonly number[]; readonly simplifiedOnly: number; hasSimplifiedOnly(n: number): boolean; simplifiedAt(i: number): string };
  readonly doc: GongwenDocument;
  readonly genre?: DetectedGenre;
  readonly config: LintConfig;
  /** This rule's options from configuration. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Whether [start, end) is inside a quotation or a cited title (《》 “” …): not the document's own words. */
  isQuoted(start: number, end: number): boolean;
  report(finding: ReportInput): void;
  /**
   * Set when only part of the text is re-checked (the incremental lint after an edit): whole paragraph units.
   * A rule with scope 'unit' looks there only; reports that start elsewhere are dropped.
   */
  readonly window?: OffsetRange;
}

export interface RuleDefinition {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
  /**
   * For a rule with scope 'unit' whose findings also depend on something outside their unit (the first Arabic year of
   * the 正文): that fact, as a string. The incremental lint checks the whole text again when it changed.
   */
  facts?(ctx: RuleContext): string;
}

/** A registered rule: its docs link is stamped centrally by the registry. */
export interface Rule extends RuleDefinition {
  docs: string;
}
