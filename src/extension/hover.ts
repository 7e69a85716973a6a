/** Hovering the 文种 word of the title shows its 条例第八条 definition, 行文方向, usual types and closings. */
import { vscode } from './vscodeApi';
import { errorText, type DiagnosticsManager } from './diagnostics';
import { genreHoverMarkdown } from './presentation';

export class GenreHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly diagnostics: DiagnosticsManager,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    try {
      return await this.hover(document, position, token);
    } catch (error) {
      this.log.error(`hover in ${document.uri.toString()} failed: ${errorText(error)}`);
      return undefined;
    }
  }

  private async hover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.diagnostics.isChecked(document)) return undefined;
    const analysis = await this.diagnostics.analysisFor(document);
    if (!analysis || token.isCancellationRequested || analysis.version !== document.version || !analysis.result.linted) return undefined;
    const detected = analysis.result.genre;
    const word = detected?.word;
    if (!detected || !word) return undefined;
    const offset = document.offsetAt(position);
    if (offset < word.start || offset >= word.end) return undefined;
    const markdown = new vscode.MarkdownString(genreHoverMarkdown(detected.genre));
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(word.start), document.positionAt(word.end)));
  }
}

export function registerHover(context: vscode.ExtensionContext, diagnostics: DiagnosticsManager, log: vscode.LogOutputChannel): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider('*', new GenreHoverProvider(diagnostics, log)));
}
