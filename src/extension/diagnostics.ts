/**
 * Linting as you type: each checked document is linted on open, after `wenmi.debounceMs` without
 * typing (or on save), and again when the configuration changes. A result that is stale by the
 * time it is ready (newer request, closed document) is dropped. The last analysis of each document
 * (findings with fixes, genre) is kept for the code actions, the hover and the status bar.
 */
import { vscode } from './vscodeApi';
import type { ProjectResources } from '../core/config';
import type { LintOptions, LintResult } from '../core/engine';
import type { LintSession, TextChange } from '../core/session';
import type { Finding, Severity } from '../core/types';
import { planFixAll, type FixAllPlan } from './actionPlan';
import { core } from './core';
import { detectModeFor, effectiveRunMode, GONGWEN_LANGUAGE, isChecked, LARGE_DOCUMENT_CHARS, normalizeSettings, type AdapterSettings } from './documentFilter';
import { LintScheduler } from './scheduler';
import type { Services } from './services';

export const SOURCE = 'wenmi';

/** One lint of one document version. Offsets refer to `text`. */
export interface Analysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly text: string;
  readonly result: LintResult;
  readonly options: LintOptions;
  /** Whether the diagnostics on screen show this analysis (false for an on-demand lint). */
  readonly published: boolean;
  /** Computed on first use and cached with the analysis (it re-lints). */
  fixAll(): FixAllPlan;
  /** What the Problems panel shows when it is more than the text's findings (a Word file's layout findings added). */
  findings?: readonly Finding[];
}

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function readSettings(document: vscode.TextDocument): AdapterSettings {
  const cfg = vscode.workspace.getConfiguration('wenmi', document.uri);
  return normalizeSettings({
    enable: cfg.get('enable'),
    languages: cfg.get('languages'),
    run: cfg.get('run'),
    debounceMs: cfg.get('debounceMs'),
  });
}

function makeAnalysis(document: vscode.TextDocument, text: string, options: LintOptions, published: boolean, linted?: LintResult): Analysis {
  const { lint } = core();
  const result = linted ?? lint(text, options);
  let plan: FixAllPlan | undefined;
  return {
    uri: document.uri,
    version: document.version,
    text,
    result,
    options,
    published,
    fixAll: () => (plan ??= planFixAll(text, result.findings, (next) => lint(next, options).findings)),
  };
}

/**
 * A document's incremental lint (core LintSession): the edits made since its last lint, collected from the change
 * events, let the next lint re-check only the paragraphs they touched.
 */
interface Tracked {
  session: LintSession;
  /** The options the session lints with (as JSON: the configuration objects are rebuilt for every lint). */
  options: string;
  /** The document version of the last change event seen (or of the last lint). */
  version: number;
  changes: TextChange[];
  /** A change event was missed or could not be read: the next lint is a full one. */
  broken: boolean;
}

const ADAPTER_SETTINGS = ['wenmi.enable', 'wenmi.languages', 'wenmi.run', 'wenmi.debounceMs', 'wenmi.untitledAsGongwen'];

export class DiagnosticsManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly analyses = new Map<string, Analysis>();
  /** The last on-demand (unpublished) analysis per document: hovers and code actions while typing reuse it. */
  private readonly onDemand = new Map<string, Analysis>();
  /** The lint options last used per document, for on-demand lints between two scheduled ones. */
  private readonly lastOptions = new Map<string, LintOptions>();
  private readonly documents = new Map<string, vscode.TextDocument>();
  private readonly settings = new Map<string, AdapterSettings>();
  private readonly docsUris = new Map<string, vscode.Uri>();
  private readonly sessions = new Map<string, Tracked>();
  private readonly scheduler: LintScheduler;
  private readonly didUpdate = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];

  /** Fires when a document's analysis changed or was dropped. */
  readonly onDidUpdate = this.didUpdate.event;

  constructor(
    private readonly services: Services,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.scheduler = new LintScheduler(
      (key, isCurrent) => this.run(key, isCurrent),
      (key, error) => this.log.error(`lint of ${key} failed: ${errorText(error)}`),
    );
  }

  /**
   * Starts listening, and lints the documents already open once activation is over: the first lint loads the
   * core (./core.ts), which must not happen inside activate().
   */
  start(): void {
    const ws = vscode.workspace;
    this.disposables.push(
      ws.onDidOpenTextDocument((d) => this.request(d, 0)),
      ws.onDidChangeTextDocument((e) => {
        if (!e.contentChanges.length) return;
        this.track(e);
        const s = this.settingsFor(e.document);
        const mode = effectiveRunMode(s, lengthOf(e.document));
        if (mode === 'onType') this.request(e.document, s.debounceMs);
        else if (s.run === 'onType') this.noteLarge(e.document);
      }),
      ws.onDidSaveTextDocument((d) => {
        if (effectiveRunMode(this.settingsFor(d), lengthOf(d)) === 'onSave') this.request(d, 0);
      }),
      ws.onDidCloseTextDocument((d) => this.forget(d)),
      this.services.config.onDidChange(() => this.relintAll()),
      // The adapter's own settings (which documents, when): the config service need not know them.
      ws.onDidChangeConfiguration((e) => {
        if (ADAPTER_SETTINGS.some((s) => e.affectsConfiguration(s))) this.relintAll();
      }),
    );
    const timer = setTimeout(() => {
      for (const d of ws.textDocuments) this.request(d, 0);
    }, 0);
    this.disposables.push({ dispose: () => clearTimeout(timer) });
  }

  /**
   * Whether Wenmi checks the document (enabled, listed language) — or an untitled draft it recognised as a
   * 公文 whose language VS Code's detection then changed, which stays checked (wenmi.untitledAsGongwen off).
   */
  isChecked(document: vscode.TextDocument): boolean {
    const settings = this.settingsFor(document);
    if (isChecked({ languageId: document.languageId, scheme: document.uri.scheme }, settings)) return true;
    return settings.enable && this.kept.has(document.uri.toString());
  }

  /** Untitled drafts recognised as a 公文 in a checked language (plain text, Markdown). */
  private readonly recognised = new Set<string>();
  /** Untitled drafts Wenmi switched to the 公文 language once (never again: a language picked later stays). */
  private readonly switched = new Set<string>();
  /** Untitled drafts kept checked in a guessed language (wenmi.untitledAsGongwen off). */
  private readonly kept = new Set<string>();

  /**
   * A recognised untitled 公文 that has left the checked languages (VS Code guessed Ini for it): switch it to
   * the 公文 mode, once (it is then opened again as 公文), or keep checking it where it is. Returns true when
   * it is to be checked in its present language.
   */
  private keepUntitled(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    if (document.uri.scheme !== 'untitled' || !this.recognised.has(key) || document.languageId === GONGWEN_LANGUAGE) return false;
    if (!this.settingsFor(document).enable) return false;
    const toGongwen = vscode.workspace.getConfiguration('wenmi', document.uri).get<boolean>('untitledAsGongwen', true);
    if (toGongwen) {
      if (this.switched.has(key)) return false;
      this.switched.add(key);
      void vscode.languages.setTextDocumentLanguage(document, GONGWEN_LANGUAGE).then(undefined, (e) => this.log.warn(errorText(e)));
      return false;
    }
    this.kept.add(key);
    return true;
  }

  /** Re-lints every open document now (settings, .wenmirc.json or a pack changed). */
  relintAll(): void {
    this.settings.clear();
    this.lastOptions.clear();
    this.onDemand.clear();
    for (const d of vscode.workspace.textDocuments) this.request(d, 0);
  }

  /** Findings to publish beside a document's own (the layout findings of a Word file's read-only view). */
  extraFindings?: (document: vscode.TextDocument, config: LintOptions['config']) => Finding[];

  /** Lints now, bypassing the debounce; resolves with the published analysis (undefined: not checked). */
  async lintNow(document: vscode.TextDocument): Promise<Analysis | undefined> {
    await this.request(document, 0);
    return this.current(document);
  }

  /** The published analysis when it is of the document's current version. */
  current(document: vscode.TextDocument): Analysis | undefined {
    const a = this.analyses.get(document.uri.toString());
    return a && a.version === document.version ? a : undefined;
  }

  /** The last published analysis, even if the document changed since (the status bar shows it until the next lint). */
  latest(document: vscode.TextDocument): Analysis | undefined {
    return this.analyses.get(document.uri.toString());
  }

  /**
   * An analysis of the current version: the published one, or (typing is faster than the debounce,
   * or run is onSave) a fresh lint with the document's configuration, not published.
   */
  async analysisFor(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const published = this.current(document);
    if (published) return published;
    if (!this.isChecked(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.onDemand.get(key);
    if (cached && cached.version === document.version) return cached;
    const options = this.lastOptions.get(key) ?? this.optionsFrom(document, await this.services.config.resourcesFor(document));
    const analysis = makeAnalysis(document, document.getText(), options, false);
    this.onDemand.set(key, analysis);
    return analysis;
  }

  dispose(): void {
    this.scheduler.dispose();
    for (const d of this.disposables) d.dispose();
    this.collection.dispose();
    this.didUpdate.dispose();
  }

  private readonly notedLarge = new Set<string>();

  /** Says once per document that a very large one is checked on save, not as you type. */
  private noteLarge(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.notedLarge.has(key)) return;
    this.notedLarge.add(key);
    this.log.info(core().t('ui.largeDocument', { path: document.uri.fsPath || key, count: lengthOf(document), limit: LARGE_DOCUMENT_CHARS }));
  }

  private request(document: vscode.TextDocument, delayMs: number): Promise<void> {
    const key = document.uri.toString();
    // A recognised untitled 公文 whose language was guessed away is switched back or kept checked where it is.
    if (!this.isChecked(document) && !this.keepUntitled(document)) {
      if (this.analyses.has(key) || this.scheduler.isPending(key)) this.forget(document);
      return Promise.resolve();
    }
    this.documents.set(key, document);
    return this.scheduler.schedule(key, delayMs);
  }

  private async run(key: string, isCurrent: () => boolean): Promise<void> {
    const document = this.documents.get(key);
    if (!document || document.isClosed) return;
    const resources = await this.services.config.resourcesFor(document);
    // The document may have closed, changed language or been re-requested while the configuration loaded.
    if (!isCurrent() || document.isClosed || !this.isChecked(document)) return;
    const options = this.optionsFrom(document, resources);
    this.lastOptions.set(key, options);
    // Text, lint and positions are taken in one synchronous step: they all refer to one version.
    const text = document.getText();
    const analysis = makeAnalysis(document, text, options, true, this.lintTracked(key, document, text, options));
    for (const e of analysis.result.ruleErrors) this.log.warn(core().t('engine.ruleCrashed', { ruleId: e.ruleId, error: e.error }));
    this.analyses.set(key, analysis);
    this.onDemand.delete(key);
    if (document.uri.scheme === 'untitled' && document.languageId !== GONGWEN_LANGUAGE && analysis.result.linted) this.recognised.add(key);
    // Findings that are not the text's (a received Word file's layout, read from the file itself) go beside them.
    const extra = this.extraFindings?.(document, options.config) ?? [];
    const shown = extra.length ? [...analysis.result.findings, ...extra].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]) : analysis.result.findings;
    if (extra.length) this.analyses.set(key, { ...analysis, findings: shown });
    this.collection.set(document.uri, shown.map((f) => this.toDiagnostic(document, f)));
    this.didUpdate.fire(document);
  }

  /** Records a change event for the document's incremental lint. */
  private track(e: vscode.TextDocumentChangeEvent): void {
    const t = this.sessions.get(e.document.uri.toString());
    if (!t) return;
    if (e.document.version !== t.version + 1) t.broken = true;
    t.version = e.document.version;
    // Several changes in one event (multi-cursor typing) come from the last in the text to the first, so that each
    // keeps its offsets whether they are read one after the other or all against the text before the event; in any
    // other order the two readings differ, and the next lint is a full one.
    const changes = e.contentChanges;
    for (let i = 0; i < changes.length; i++) {
      const c = changes[i];
      if (i > 0 && c.rangeOffset + c.rangeLength > changes[i - 1].rangeOffset) t.broken = true;
      t.changes.push({ start: c.rangeOffset, oldEnd: c.rangeOffset + c.rangeLength, newEnd: c.rangeOffset + c.text.length });
    }
    if (t.changes.length > 1000) t.broken = true;
  }

  /** Lints through the document's session: incrementally when the edits since its last lint are known. */
  private lintTracked(key: string, document: vscode.TextDocument, text: string, options: LintOptions): LintResult {
    const { LintSession, composeChanges } = core();
    const json = JSON.stringify(options);
    let t = this.sessions.get(key);
    if (!t || t.options !== json) {
      t = { session: new LintSession(options), options: json, version: document.version, changes: [], broken: false };
      this.sessions.set(key, t);
    }
    const change = !t.broken && t.version === document.version ? composeChanges(t.changes) : undefined;
    const result = change ? t.session.update(text, change) : t.session.update(text);
    t.changes = [];
    t.broken = false;
    t.version = document.version;
    return result;
  }

  private optionsFrom(document: vscode.TextDocument, resources: ProjectResources): LintOptions {
    const detect = detectModeFor({ languageId: document.languageId, scheme: document.uri.scheme }, resources.config.detect);
    return { config: resources.config, detect };
  }

  private toDiagnostic(document: vscode.TextDocument, f: Finding): vscode.Diagnostic {
    const range = new vscode.Range(document.positionAt(f.range[0]), document.positionAt(f.range[1]));
    const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
    d.source = SOURCE;
    d.code = { value: f.ruleId, target: this.docsUri(f.ruleId) };
    return d;
  }

  private docsUri(ruleId: string): vscode.Uri {
    let uri = this.docsUris.get(ruleId);
    if (!uri) {
      const { docsLink, getRule } = core();
      uri = vscode.Uri.parse(getRule(ruleId)?.docs ?? docsLink(ruleId));
      this.docsUris.set(ruleId, uri);
    }
    return uri;
  }

  private settingsFor(document: vscode.TextDocument): AdapterSettings {
    const key = document.uri.toString();
    let s = this.settings.get(key);
    if (!s) {
      s = readSettings(document);
      this.settings.set(key, s);
    }
    return s;
  }

  private forget(document: vscode.TextDocument): void {
    this.notedLarge.delete(document.uri.toString());
    const key = document.uri.toString();
    // recognised/switched/kept survive a language change, which VS Code reports as close + open of the same
    // URI; once the untitled document is really gone (its name may be reused by a new one), they go too.
    if (document.isClosed && document.uri.scheme === 'untitled') {
      setTimeout(() => {
        if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
        this.recognised.delete(key);
        this.switched.delete(key);
        this.kept.delete(key);
      }, 2000);
    }
    this.scheduler.cancel(key);
    this.documents.delete(key);
    this.settings.delete(key);
    this.lastOptions.delete(key);
    this.onDemand.delete(key);
    this.sessions.delete(key);
    const had = this.analyses.delete(key);
    this.collection.delete(document.uri);
    if (had) this.didUpdate.fire(document);
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}

/** The document's length in UTF-16 units, without copying its text. */
function lengthOf(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
