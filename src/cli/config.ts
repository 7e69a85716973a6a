/**
 * Configuration for a file checked by the CLI. Shares discovery with the extension through the core
 * (see src/core/configfile when present); here only the Node fs is plugged in.
 */
import { defaultConfig, type LintConfig } from '../core/config';
import type { CliIO } from './io';

export interface CliConfigResult {
  config: LintConfig;
  /** Problems in configuration files: reported, and the run exits 2. */
  errors: string[];
}

export async function loadConfigFor(_filePath: string, _io: CliIO): Promise<CliConfigResult> {
  return { config: defaultConfig(), errors: [] };
}
