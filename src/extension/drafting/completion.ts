/**
 * Drafting completion: the 结束语 of the document's detected 文种 first (and never another 文种's:
 * no “妥否，请批示。” inside a 通知), today's 成文日期 / 署名 / 印发日期 in GB/T 9704 form (computed,
 * since VS Code's $CURRENT_MONTH is zero-padded). The pack snippets are offered by the team feature
 * (src/extension/team/completion.ts) with the same 文种 filter, so they are not repeated here.
 */
import { vscode } from '../vscodeApi';
import type { DraftCompletion } from '../../core/templates';
import { core } from '../core';
import type { Services } from '../services';
import { draftingContext } from './context';

/**
 * Every item is a Snippet, the 结束语 included. Never `Text`: VS Code treats Text items as word
 * suggestions and drops them from the suggest widget when `editor.suggest.showWords` is off (a common
 * setting, and the one the offline UI run uses), so `tcbg` + Ctrl+Space showed “No suggestions.”
 * while vscode.executeCompletionItemProvider, which applies no kind filter, still listed them.
 */
const DRAFT_ITEM_KIND = vscode.CompletionItemKind.Snippet;

function toItem(c: DraftCompletion, position: vscode.Position): vscode.CompletionItem {
  const item = new vscode.CompletionItem({ label: c.label, description: c.detail }, DRAFT_ITEM_KIND);
  item.insertText = new vscode.SnippetString(c.insertText);
  item.filterText = c.filterText;
  item.sortText = c.sortText;
  item.detail = c.detail;
  item.documentation = new vscode.MarkdownString().appendText(c.documentation);
  item.range = new vscode.Range(position.translate(0, -c.replaceLength), position);
  if (c.preselect) item.preselect = true;
  return item;
}

export function completionProvider(services: Services): vscode.CompletionItemProvider {
  return {
    async provideCompletionItems(document, position, token) {
      const ctx = await draftingContext(document, services);
      if (!ctx || token.isCancellationRequested) return undefined;
      const { detectGenre, draftCompletions } = core();
      const genre = detectGenre(ctx.doc)?.genre.id;
      const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
      const items = draftCompletions({
        genre,
        linePrefix,
        now: new Date(),
        orgName: ctx.resources.config.organization?.name,
      });
      return items.map((c) => toItem(c, position));
    },
  };
}
