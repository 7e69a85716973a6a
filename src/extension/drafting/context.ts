/**
 * Which documents get the drafting aids (completion, outline, folding): every `gongwen` document, and
 * plaintext/Markdown documents listed in `wenmi.languages` that are treated as a 公文 under
 * `wenmi.detect` (auto: only when the text looks like one, so a README keeps its own outline).
 */
import { vscode } from '../vscodeApi';
import type { ProjectResources } from '../../core/config';
import type { GongwenDocument } from '../../core/parse/model';
import { core } from '../core';
import { readSettings } from '../diagnostics';
import { detectModeFor, GONGWEN_LANGUAGE } from '../documentFilter';
import type { Services } from '../services';

export const DRAFTING_LANGUAGES = ['gongwen', 'plaintext', 'markdown'];

export interface DraftingContext {
  doc: GongwenDocument;
  resources: ProjectResources;
}

/** The parsed document and its resources, or undefined when the document is not treated as a 公文. */
export async function draftingContext(document: vscode.TextDocument, services: Services): Promise<DraftingContext | undefined> {
  const isGongwen = document.languageId === GONGWEN_LANGUAGE;
  if (!isGongwen && !readSettings(document).languages.includes(document.languageId)) return undefined;
  const resources = await services.config.resourcesFor(document);
  const mode = detectModeFor({ languageId: document.languageId, scheme: document.uri.scheme }, resources.config.detect);
  if (mode === 'never') return undefined;
  const doc = core().parse(document.getText());
  if (mode === 'auto' && !doc.isGongwen) return undefined;
  return { doc, resources };
}

/** Offsets → a VS Code range. */
export function toRange(document: vscode.TextDocument, [start, end]: [number, number]): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}
