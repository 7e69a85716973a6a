/**
 * Pack snippets in completion: each snippet of the document's packs under each of its prefixes,
 * offered only in documents of its 文种 when it is limited with "genres" (always when the 文种 is
 * not known yet, e.g. a blank draft).
 */
import { vscode } from '../vscodeApi';
import { core } from '../core';
import type { TeamConfigService } from './configService';

export const SNIPPET_LANGUAGES = ['gongwen', 'plaintext', 'markdown'];

/** The typed word before the cursor: Latin letters/digits (pinyin prefixes) or CJK characters. */
const WORD_BEFORE = /[A-Za-z0-9_\-\u3400-\u9fff]+$/;

export function registerPackSnippetCompletion(context: vscode.ExtensionContext, service: TeamConfigService): void {
  const provider: vscode.CompletionItemProvider = {
    async provideCompletionItems(document, position, token) {
      const { snippets } = await service.resourcesFor(document);
      if (!snippets.length || token.isCancellationRequested) return undefined;
      const { detectGenre, parse, snippetsForGenre, startsItsLine, t } = core();
      const genre = detectGenre(parse(document.getText()))?.genre.id;
      const line = document.lineAt(position.line).text.slice(0, position.character);
      const typed = WORD_BEFORE.exec(line)?.[0] ?? '';
      // Like the drafting items: only where a snippet starts its line, never over a sentence being typed.
      if (!startsItsLine(line, typed.length)) return undefined;
      const range = new vscode.Range(position.translate(0, -typed.length), position);
      const items: vscode.CompletionItem[] = [];
      for (const s of snippetsForGenre(snippets, genre)) {
        const prefixes = s.prefix.length ? s.prefix : [s.name];
        for (const prefix of prefixes) {
          const item = new vscode.CompletionItem({ label: prefix, description: s.name }, vscode.CompletionItemKind.Snippet);
          item.insertText = new vscode.SnippetString(s.body);
          item.range = range;
          item.filterText = prefix;
          item.detail = t('team.snippet.detail', { pack: s.pack });
          const doc = new vscode.MarkdownString();
          if (s.description) doc.appendText(s.description + '\n\n');
          doc.appendCodeblock(s.body, 'text');
          item.documentation = doc;
          items.push(item);
        }
      }
      return items;
    },
  };
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(SNIPPET_LANGUAGES.map((language) => ({ language })), provider),
  );
}
