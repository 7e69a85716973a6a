/** Entry point: wires the features onto shared services. Each feature registers its own providers. */
import { vscode } from './vscodeApi';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { coreLoadMs } from './core';
import { DiagnosticsManager } from './diagnostics';
import { registerDrafting } from './drafting';
import { registerHover } from './hover';
import type { Services } from './services';
import { registerStatusBar } from './statusBar';
import { createConfigService } from './team/configService';
import { registerTeam } from './team';

/** What the extension hands to other extensions and to the integration tests. */
export interface WenmiApi {
  /**
   * Milliseconds from the start of loading the bundle to the end of activate(), of evaluating the bundle, and
   * of activate() alone; `coreMs`: of loading the core on its first use after activation (./core.ts),
   * undefined until then.
   */
  activation: {
    loadMs: number | undefined;
    evaluateMs: number | undefined;
    activateMs: number;
    steps: Record<string, number>;
    readonly coreMs: number | undefined;
  };
}

declare const __wenmiLoadStart: number | undefined;
declare const __wenmiLoadEnd: number | undefined;

/**
 * Registers the providers and commands, and returns. Nothing in it loads the core (./core.ts): the first lint
 * is requested with a timer, and providers load it when they are first called.
 */
export function activate(context: vscode.ExtensionContext): WenmiApi {
  const started = performance.now();
  // Where activate() spends its time, step by step (reported with the totals, for the integration suite's log).
  const steps: Record<string, number> = {};
  let mark = started;
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = Math.round((now - mark) * 10) / 10;
    mark = now;
  };
  const log = vscode.window.createOutputChannel('Wenmi', { log: true });
  step('log');
  const services: Services = { config: createConfigService() };
  context.subscriptions.push(log, services.config);
  step('config');

  // Linting: diagnostics, quick fixes, the 文种 hover and status bar, the lint commands.
  const diagnostics = new DiagnosticsManager(services, log);
  context.subscriptions.push(diagnostics);
  step('diagnostics');
  registerCodeActions(context, diagnostics, log);
  registerHover(context, diagnostics, log);
  registerStatusBar(context, diagnostics, log);
  registerCommands(context, diagnostics, log, services);
  step('lintFeatures');

  registerDrafting(context, services);
  step('drafting');
  registerTeam(context, services);
  step('team');
  diagnostics.start();
  step('start');
  const ended = performance.now();
  // The build stamps the start of the bundle's evaluation (scripts/build.mjs); sources run by tests have none.
  const loadStart = typeof __wenmiLoadStart === 'number' ? __wenmiLoadStart : undefined;
  const loadEnd = typeof __wenmiLoadEnd === 'number' ? __wenmiLoadEnd : undefined;
  const activation: WenmiApi['activation'] = {
    loadMs: loadStart === undefined ? undefined : Math.round(ended - loadStart),
    evaluateMs: loadStart === undefined || loadEnd === undefined ? undefined : Math.round(loadEnd - loadStart),
    activateMs: Math.round(ended - started),
    steps,
    get coreMs() {
      return coreLoadMs();
    },
  };
  log.info(`activated in ${activation.activateMs} ms${activation.loadMs === undefined ? '' : ` (${activation.loadMs} ms with loading the bundle)`}`);
  return { activation };
}

export function deactivate(): void {
  /* disposables are released through context.subscriptions */
}
