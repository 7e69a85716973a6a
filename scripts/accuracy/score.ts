/**
 * Scores the engine on the accuracy corpus (test/corpus): recall on labelled 病文, false alarms on
 * real published documents. Shared by `npm run accuracy` and the unit test that keeps the figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { lint, lintFragment, type Finding } from '../../src/core';

export const CORPUS = join(__dirname, '..', '..', 'test', 'corpus');

export interface ClassInfo {
  family: string;
  rules: string[];
}

export interface Label {
  class: string;
  at?: string;
  key?: string;
}

export interface FaultyItem {
  id: string;
  kind: string;
  text: string;
  labels: Label[];
  source: string;
  era?: string;
  /** A tricky item that is right (a hold-out set's trap): any error or warning on it is a false alarm. */
  correct?: boolean;
  file: string;
}

/** A fault the published text really has, checked by hand: a finding on it is right, not a false alarm. */
export interface KnownFault {
  rule: string;
  /** The flagged text (the finding's range starts with it). */
  text: string;
  why: string;
}

export interface RealDoc {
  id: string;
  known: KnownFault[];
  issuer: string;
  date: string;
  normalised: string;
  file: string;
  source: string;
  genre: string;
  era: string;
  level: string;
  complete: boolean;
  text: string;
}

export interface LabelResult {
  item: FaultyItem;
  label: Label;
  info: ClassInfo;
  hit: boolean;
  /** Caught by an error or a warning (an info alone does not count here). */
  hitWarning: boolean;
  /** Findings on the label's lines (for the report of misses). */
  nearby: Finding[];
}

export interface RealResult {
  doc: RealDoc;
  /** Findings on faults the published text really has (listed under known: in its header). */
  confirmed: Finding[];
  errors: Finding[];
  warnings: Finding[];
  infos: Finding[];
  detected: boolean;
}

export interface Score {
  labels: LabelResult[];
  outOfScope: number;
  real: RealResult[];
  /** Items marked correct: true, with the errors and warnings raised on them (false alarms). */
  correct: Array<{ item: FaultyItem; alarms: Finding[] }>;
}

export function loadClasses(dir = CORPUS): Record<string, ClassInfo> {
  return load(readFileSync(join(dir, 'classes.yaml'), 'utf8')) as Record<string, ClassInfo>;
}

const HEADER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function loadReal(dir = join(CORPUS, 'real')): RealDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      const m = HEADER.exec(raw);
      if (!m) throw new Error(`${f}: no --- header`);
      const h = load(m[1]) as Record<string, unknown>;
      return {
        id: String(h.id ?? f),
        file: f,
        source: String(h.source ?? ''),
        genre: String(h.genre ?? ''),
        era: String(h.era ?? 'post2012'),
        level: String(h.level ?? ''),
        complete: h.complete === true,
        known: (h.known as KnownFault[] | undefined) ?? [],
        issuer: String(h.issuer ?? ''),
        // YAML reads 2023-05-08 as a date.
        date: h.date instanceof Date ? h.date.toISOString().slice(0, 10) : String(h.date ?? ''),
        normalised: String(h.normalised ?? ''),
        text: raw.slice(m[0].length),
      };
    });
}

export function loadFaulty(dir = join(CORPUS, 'faulty')): FaultyItem[] {
  const items: FaultyItem[] = [];
  for (const f of readdirSync(dir).filter((x) => /\.ya?ml$/.test(x)).sort()) {
    const list = load(readFileSync(join(dir, f), 'utf8')) as Array<Omit<FaultyItem, 'file'>> | null;
    for (const it of list ?? []) items.push({ ...it, text: String(it.text).replace(/\n$/, ''), labels: it.labels ?? [], file: f });
  }
  return items;
}

/** The [start, end) offsets of the whole lines that hold `at` (the item when `at` is absent or not found). */
export function labelLines(text: string, at: string | undefined): [number, number] {
  const i = at ? text.indexOf(at) : -1;
  if (i < 0) return [0, text.length];
  const start = text.lastIndexOf('\n', i - 1) + 1;
  const nl = text.indexOf('\n', i + at!.length);
  return [start, nl < 0 ? text.length : nl];
}

const touches = (f: Finding, [s, e]: [number, number]) => f.range[0] <= e && f.range[1] >= s;

export interface ScoreOptions {
  /** Folder of faulty/*.yaml items (default test/corpus/faulty). */
  faultyDir?: string;
  /** Folder of real/*.txt documents (default test/corpus/real). */
  realDir?: string;
}

/** Item kinds that are a line of a body (a sentence, a closing, a heading), not a document. */
const BODY_LINE_KINDS = new Set(['fragment', 'closing', 'heading']);

export function score(opts: ScoreOptions = {}): Score {
  const dir = CORPUS;
  const classes = loadClasses(dir);
  const labels: LabelResult[] = [];
  let outOfScope = 0;
  const correct: Score['correct'] = [];
  for (const item of loadFaulty(opts.faultyDir ?? join(dir, 'faulty'))) {
    const findings = lint(item.text, { detect: 'always' }).findings;
    // A trap that is right: marked correct, or an item with no label at all (the rounds give each its why). A fragment, a
    // closing or a heading is a line of some body: its alarms are those of the rules that read paragraphs (lintFragment),
    // not of the rules that take its one line for a title.
    if (item.correct || !item.labels.length) {
      const raised = BODY_LINE_KINDS.has(item.kind) ? lintFragment(item.text, 0) : findings;
      correct.push({ item, alarms: raised.filter((f) => f.severity !== 'info') });
    }
    for (const label of item.labels) {
      const info = classes[label.class];
      if (!info) {
        if (!label.class.startsWith('out-of-scope')) throw new Error(`${item.id}: unknown class ${label.class}`);
        outOfScope++;
        continue;
      }
      const lines = labelLines(item.text, label.at);
      const nearby = findings.filter((f) => touches(f, lines));
      const catching = nearby.filter((f) => info.rules.includes(f.ruleId));
      labels.push({ item, label, info, hit: catching.length > 0, hitWarning: catching.some((f) => f.severity !== 'info'), nearby });
    }
  }
  const real = loadReal(opts.realDir ?? join(dir, 'real')).map((doc) => {
    const auto = lint(doc.text);
    const all = lint(doc.text, { detect: 'always' }).findings;
    const isKnown = (f: Finding) => doc.known.some((k) => k.rule === f.ruleId && doc.text.slice(f.range[0], f.range[1]).startsWith(k.text));
    const findings = all.filter((f) => !isKnown(f));
    return {
      doc,
      confirmed: all.filter(isKnown),
      detected: auto.linted,
      errors: findings.filter((f) => f.severity === 'error'),
      warnings: findings.filter((f) => f.severity === 'warning'),
      infos: findings.filter((f) => f.severity === 'info'),
    };
  });
  return { labels, outOfScope, real, correct };
}

export interface Summary {
  recall: number;
  /** Recall counting only errors and warnings. */
  recallWarning: number;
  labels: number;
  hits: number;
  byFamily: Record<string, { labels: number; hits: number; recall: number }>;
  realDocs: number;
  falseErrorsPerDoc: number;
  falseWarningsPerDoc: number;
  /** Errors and warnings on faults the published documents really have (not counted as false alarms). */
  confirmed: number;
  byRule: Record<string, { errors: number; warnings: number; infos: number }>;
}

export function summarise(s: Score): Summary {
  const byFamily: Summary['byFamily'] = {};
  for (const l of s.labels) {
    const f = (byFamily[l.info.family] ??= { labels: 0, hits: 0, recall: 0 });
    f.labels++;
    if (l.hit) f.hits++;
  }
  for (const f of Object.values(byFamily)) f.recall = f.hits / f.labels;
  const byRule: Summary['byRule'] = {};
  for (const r of s.real) {
    for (const [kind, list] of [['errors', r.errors], ['warnings', r.warnings], ['infos', r.infos]] as const) {
      for (const f of list) (byRule[f.ruleId] ??= { errors: 0, warnings: 0, infos: 0 })[kind]++;
    }
  }
  const hits = s.labels.filter((l) => l.hit).length;
  const n = s.real.length || 1;
  return {
    recall: s.labels.length ? hits / s.labels.length : 0,
    recallWarning: s.labels.length ? s.labels.filter((l) => l.hitWarning).length / s.labels.length : 0,
    labels: s.labels.length,
    hits,
    byFamily,
    realDocs: s.real.length,
    falseErrorsPerDoc: s.real.reduce((a, r) => a + r.errors.length, 0) / n,
    falseWarningsPerDoc: s.real.reduce((a, r) => a + r.warnings.length, 0) / n,
    confirmed: s.real.reduce((a, r) => a + r.confirmed.length, 0),
    byRule,
  };
}
