/** Drafting features: New Official Document, closing and date completion, outline, folding. */
import { vscode } from '../vscodeApi';
import type { Services } from '../services';
import { completionProvider } from './completion';
import { DRAFTING_LANGUAGES } from './context';
import { newDocument, NEW_DOCUMENT_COMMAND } from './newDocument';
import { foldingProvider, outlineProvider } from './outline';

export function registerDrafting(context: vscode.ExtensionContext, services: Services): void {
  const selector = DRAFTING_LANGUAGES.map((language) => ({ language }));
  context.subscriptions.push(
    vscode.commands.registerCommand(NEW_DOCUMENT_COMMAND, (args?: unknown) => newDocument(context, services, args)),
    vscode.languages.registerCompletionItemProvider(selector, completionProvider(services)),
    vscode.languages.registerDocumentSymbolProvider(selector, outlineProvider(services), { label: 'Wenmi 公文' }),
    vscode.languages.registerFoldingRangeProvider(selector, foldingProvider(services)),
  );
}
