/**
 * Quick fixes for Wenmi diagnostics (fix this, suggestions, fix all of this rule, fix all, disable
 * for this line / file, open the rule's docs) and `source.fixAll.wenmi` for
 * `editor.codeActionsOnSave`. The planning is pure (actionPlan.ts); this file only builds CodeActions.
 */
import { vscode } from './vscodeApi';
import type { Finding, Fix } from '../core/types';
import { findingFor, planQuickFixes, type PlannedAction } from './actionPlan';
import { SOURCE, errorText, type Analysis, type DiagnosticsManager } from './diagnostics';
import { localize } from './localize';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('wenmi');
export const SHOW_RULE_DOCS_COMMAND = 'wenmi.showRuleDocs';

/** The rule id a Wenmi diagnostic carries in `code`. */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly Fix[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.range[0]), document.positionAt(e.range[1])), e.text);
  }
  return edit;
}

export class WenmiCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly diagnostics: DiagnosticsManager,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    try {
      return await this.actions(document, context, token);
    } catch (error) {
      this.log.error(`code actions for ${document.uri.toString()} failed: ${errorText(error)}`);
      return [];
    }
  }

  private async actions(document: vscode.TextDocument, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const only = context.only;
    const wantFixAll = !!only && only.contains(FIX_ALL_KIND);
    const ours = !only || only.contains(vscode.CodeActionKind.QuickFix) ? context.diagnostics.filter((d) => d.source === SOURCE) : [];
    if (!wantFixAll && !ours.length) return [];
    if (!this.diagnostics.isChecked(document)) return [];
    const analysis = await this.diagnostics.analysisFor(document);
    // Offsets are only valid for the version they were computed on.
    if (!analysis || token.isCancellationRequested || analysis.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    if (ours.length) actions.push(...this.quickFixes(document, analysis, ours));
    if (wantFixAll) {
      const plan = analysis.fixAll();
      if (plan.edits.length) {
        const action = new vscode.CodeAction(localize('Fix all auto-fixable problems (Wenmi)'), FIX_ALL_KIND);
        action.edit = toWorkspaceEdit(document, plan.edits);
        actions.push(action);
      }
    }
    return actions;
  }

  private quickFixes(document: vscode.TextDocument, analysis: Analysis, ours: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
    const findings = analysis.result.findings;
    const targets: Finding[] = [];
    const diagnosticOf = new Map<Finding, vscode.Diagnostic>();
    for (const d of ours) {
      const ruleId = ruleIdOf(d);
      if (!ruleId) continue;
      const f = findingFor(findings, ruleId, [document.offsetAt(d.range.start), document.offsetAt(d.range.end)]);
      if (!f || diagnosticOf.has(f)) continue;
      targets.push(f);
      diagnosticOf.set(f, d);
    }
    if (!targets.length) return [];
    const planned = planQuickFixes(
      { text: analysis.text, findings, targets, frontMatterEnd: analysis.result.doc.frontMatter?.range[1], fixAll: analysis.fixAll },
      localize,
    );
    return planned.map((p) => this.toCodeAction(document, p, diagnosticOf));
  }

  private toCodeAction(document: vscode.TextDocument, p: PlannedAction, diagnosticOf: Map<Finding, vscode.Diagnostic>): vscode.CodeAction {
    const action = new vscode.CodeAction(p.title, vscode.CodeActionKind.QuickFix);
    if (p.edits.length) action.edit = toWorkspaceEdit(document, p.edits);
    if (p.kind === 'docs') action.command = { command: SHOW_RULE_DOCS_COMMAND, title: p.title, arguments: [p.ruleId] };
    if (p.preferred) action.isPreferred = true;
    action.diagnostics = p.findings.flatMap((f) => diagnosticOf.get(f) ?? []);
    return action;
  }
}

export function registerCodeActions(context: vscode.ExtensionContext, diagnostics: DiagnosticsManager, log: vscode.LogOutputChannel): void {
  context.subscriptions.push(
    // Every language: which ones are checked is a (resource-scoped) setting; unchecked documents return at once.
    vscode.languages.registerCodeActionsProvider('*', new WenmiCodeActionProvider(diagnostics, log), WenmiCodeActionProvider.metadata),
  );
}
