/** Services shared by the extension's features (lint, drafting, team), created once in activate(). */
import type * as vscode from 'vscode';
import type { ProjectResources } from '../core/config';

export interface ConfigService extends vscode.Disposable {
  /** The merged configuration and pack resources for a document (defaults < packs < .wenmirc.json < settings). */
  resourcesFor(document: vscode.TextDocument): Promise<ProjectResources>;
  /** The same for a file that is not open (Check Workspace). */
  resourcesForUri(uri: vscode.Uri): Promise<ProjectResources>;
  /** Fires when settings, a .wenmirc.json or a pack changed: documents must be re-linted. */
  readonly onDidChange: vscode.Event<void>;
}

export interface Services {
  config: ConfigService;
}
