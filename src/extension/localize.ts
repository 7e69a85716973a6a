/** Adapter strings (menus, notifications) go through vscode.l10n: English in code, l10n/bundle.l10n.zh-cn.json. */
import { vscode } from './vscodeApi';
import type { Localize } from './actionPlan';

export const localize: Localize = (message, args) => vscode.l10n.t(message, args ?? {});
