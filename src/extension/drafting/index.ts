/** Drafting features: New Official Document, snippets completion, outline, folding. */
import type * as vscode from 'vscode';
import type { Services } from '../services';

export function registerDrafting(_context: vscode.ExtensionContext, _services: Services): void {
  // Registered by the drafting feature (templates, completion, outline).
}
