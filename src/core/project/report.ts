/** The "effective configuration" view: the merged configuration, and where each value came from. */
import { effectiveSeverity } from '../engine';
import { allRuleMetas } from '../rules/registry';
import { DEFAULT_SOURCE } from './resolve';
import type { ConfigError, ConfigSource, ProjectResult } from './types';

export function describeSource(s: ConfigSource): string {
  return s.path && s.layer !== 'file' ? `${s.label} — ${s.path}` : s.path ?? s.label;
}

export function formatConfigError(e: ConfigError): string {
  return `${e.path}:${e.line}:${e.column}: ${e.message}`;
}

/** A JSON-ready object: every rule's effective severity, the terms, organization, snippets and templates, each with its source. */
export function effectiveConfigView(result: ProjectResult, document?: string): Record<string, unknown> {
  const { config, snippets, templates } = result.resources;
  const from = (key: string) => describeSource(result.sources[key] ?? DEFAULT_SOURCE);
  const rules: Record<string, unknown> = {};
  for (const meta of allRuleMetas) {
    const id = meta.id;
    const setting = config.rules[id];
    rules[id] = {
      severity: effectiveSeverity({ meta }, setting) ?? 'off',
      ...(setting?.options && Object.keys(setting.options).length ? { options: setting.options } : {}),
      from: from(`rules.${id}`),
    };
  }
  const organization: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config.organization ?? {})) organization[k] = { value: v, from: from(`organization.${k}`) };
  return {
    ...(document ? { document } : {}),
    layers: result.layers.map(describeSource),
    errors: result.errors.map(formatConfigError),
    detect: { value: config.detect, from: from('detect') },
    terms: config.terms.map((term) => ({ ...term, from: from(`terms.${term.wrong}`) })),
    organization,
    rules,
    snippets: snippets.map((s) => ({ name: s.name, prefix: s.prefix, ...(s.genres ? { genres: s.genres } : {}), from: from(`snippets.${s.name}`) })),
    templates: templates.map((tpl) => ({ source: tpl.source, from: from(`templates.${tpl.source}`) })),
  };
}
