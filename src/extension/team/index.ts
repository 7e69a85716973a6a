/** Team features: .wenmirc.json and pack commands, config file diagnostics. */
import type * as vscode from 'vscode';
import type { Services } from '../services';

export function registerTeam(_context: vscode.ExtensionContext, _services: Services): void {
  // Registered by the team feature (packs, config commands).
}
