/** Types of project configuration: `.wenmirc.json` files, packs, and what resolving them yields. */
import type { LayoutSettings, LintConfig, ProjectResources, RuleSetting, TermEntry, OrganizationProfile } from '../config';
import type { DetectMode } from '../types';

/**
 * The file system as the project loader sees it, injected by the host (Node fs in the CLI,
 * vscode.workspace.fs in the editor, a map in tests). Paths are normalised POSIX-style strings.
 */
export interface ProjectFs {
  /** The file's text (UTF-8), or undefined when it does not exist or is not a file. */
  readFile(path: string): Promise<string | undefined>;
  /** Optional: what is at a path, for clearer messages (a missing folder vs a folder without a manifest). */
  stat?(path: string): Promise<'file' | 'directory' | undefined>;
}

/** A problem in a configuration file or pack: where, and what (Chinese). */
export interface ConfigError {
  /** The file the problem is in (normalised path). */
  path: string;
  /** 1-based line and column (UTF-16 code units) of the problem. */
  line: number;
  column: number;
  /** 1-based line and column just past the problem (for an editor range). */
  endLine: number;
  endColumn: number;
  /** 0-based offset and length in the file. */
  offset: number;
  length: number;
  message: string;
}

/** Which layer an effective value came from. */
export interface ConfigSource {
  layer: 'default' | 'pack' | 'file' | 'settings';
  /** e.g. `pack example-office@1.0.0`, `.wenmirc.json`, `VS Code 设置`. */
  label: string;
  /** The file the value was read from (manifest, .wenmirc.json, a pack's terms file…). */
  path?: string;
}

/** A term as written in a file: `severity: "off"` removes a term set by a lower layer. */
export interface TermSetting extends Omit<TermEntry, 'severity'> {
  severity?: TermEntry['severity'] | 'off';
}

/** What one layer contributes. */
export interface LayerData {
  rules?: Record<string, RuleSetting>;
  terms?: TermSetting[];
  organization?: OrganizationProfile;
  layout?: LayoutSettings;
  detect?: DetectMode;
}

/** A pack test case: input text → expected rule ids and/or expected fixed text. */
export interface PackTestCase {
  name: string;
  text: string;
  /** Rule ids that must fire. */
  expect: string[];
  /** Rule ids that must not fire. */
  absent: string[];
  /** When true, no rule outside `expect` may fire. */
  only: boolean;
  /** The text after applying every certain fix (as `wenmi check --fix` would). */
  fixed?: string;
  /** Where the case is written (for messages). */
  source: string;
  line: number;
}

/** A pack after loading: its own layer and resources (its `extends` are separate packs). */
export interface LoadedPack {
  name: string;
  version: string;
  description?: string;
  /** The pack folder and its manifest. */
  dir: string;
  manifest: string;
  /** name@version */
  id: string;
  data: LayerData;
  /** Where each part of `data` was read from (terms may live in their own file). */
  dataPaths: { terms?: string };
  snippets: ProjectResources['snippets'];
  templates: ProjectResources['templates'];
  tests: PackTestCase[];
  /** Packs this one extends, resolved (in order). */
  extends: LoadedPack[];
}

/** Everything resolving a project yields for one document. */
export interface ProjectResult {
  resources: ProjectResources;
  /** Where each effective value came from: keys like `detect`, `rules.<id>`, `terms.<wrong>`, `organization.code`. */
  sources: Record<string, ConfigSource>;
  errors: ConfigError[];
  /** The layers applied, lowest first (defaults, packs in order, .wenmirc.json farther → nearer, settings). */
  layers: ConfigSource[];
  /** The .wenmirc.json files found, farther first. */
  configFiles: string[];
  /** Packs applied, in layer order (a pack's `extends` come before it). */
  packs: LoadedPack[];
  /** Every file read or looked for (to watch, and to clear diagnostics on). */
  files: string[];
}

export type { LintConfig };
