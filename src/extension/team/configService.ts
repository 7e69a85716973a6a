/**
 * The configuration service. Layering: built-in defaults < packs < .wenmirc.json files < VS Code settings.
 * This first version reads VS Code settings only; project files and packs plug in here.
 */
import * as vscode from 'vscode';
import { defaultConfig, toRuleSetting, type LintConfig, type ProjectResources, type RuleSetting } from '../../core/config';
import type { DetectMode } from '../../core/types';
import type { ConfigService } from '../services';

export function settingsLayer(document: vscode.TextDocument): Partial<LintConfig> {
  const cfg = vscode.workspace.getConfiguration('wenmi', document.uri);
  const rules: Record<string, RuleSetting> = {};
  const raw = cfg.get<Record<string, unknown>>('rules') ?? {};
  for (const [id, v] of Object.entries(raw)) {
    const s = toRuleSetting(v);
    if (s) rules[id] = s;
  }
  const out: Partial<LintConfig> = { rules };
  const detect = cfg.get<DetectMode>('detect');
  if (detect) out.detect = detect;
  return out;
}

export function createConfigService(): ConfigService {
  const emitter = new vscode.EventEmitter<void>();
  const sub = vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('wenmi')) emitter.fire();
  });
  return {
    onDidChange: emitter.event,
    async resourcesFor(document): Promise<ProjectResources> {
      const base = defaultConfig();
      const s = settingsLayer(document);
      return { config: { ...base, ...s, rules: { ...base.rules, ...s.rules } }, snippets: [], templates: [] };
    },
    dispose() {
      sub.dispose();
      emitter.dispose();
    },
  };
}
