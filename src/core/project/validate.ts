/**
 * A validator for the subset of JSON Schema that schema.ts uses (type, enum, properties, required,
 * additionalProperties, items, anyOf, minLength, minItems, pattern, $ref to #/definitions). It walks the
 * jsonc-parser tree, so every problem has an exact offset; messages are Chinese.
 */
import { t } from '../messages';
import type { JsonNode } from './jsonc';
import type { JsonSchema } from './schema';

export type JsonPath = Array<string | number>;

export interface SchemaIssue {
  node: JsonNode;
  path: JsonPath;
  message: string;
}

const TYPE_NAME: Record<string, string> = {
  object: '对象 {…}',
  array: '数组 […]',
  string: '字符串',
  number: '数字',
  integer: '整数',
  boolean: 'true 或 false',
  null: 'null',
};

export function formatPath(path: JsonPath): string {
  if (!path.length) return '文件顶层';
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s ? `.${seg}` : seg;
  return `“${s}”`;
}

function nodeType(node: JsonNode): string {
  return node.type === 'property' ? 'object' : node.type;
}

function matchesType(node: JsonNode, type: JsonSchema['type']): boolean {
  if (!type) return true;
  const nt = nodeType(node);
  if (type === 'integer') return nt === 'number' && Number.isInteger(node.value);
  return nt === type;
}

function show(v: unknown): string {
  return typeof v === 'string' ? `“${v}”` : String(v);
}

export function validateNode(node: JsonNode, schema: JsonSchema, root: JsonSchema = schema): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  walk(node, schema, root, [], issues);
  return issues;
}

function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let s = schema;
  for (let guard = 0; s.$ref && guard < 16; guard++) {
    const m = /^#\/definitions\/([^/]+)$/.exec(s.$ref);
    const target = m ? root.definitions?.[m[1]] : undefined;
    if (!target) throw new Error(`schema: unresolved $ref ${s.$ref}`);
    s = target;
  }
  return s;
}

function walk(node: JsonNode, schemaIn: JsonSchema, root: JsonSchema, path: JsonPath, issues: SchemaIssue[]): void {
  const schema = resolveRef(schemaIn, root);
  const where = formatPath(path);
  if (schema.anyOf) {
    const branches = schema.anyOf.map((b) => resolveRef(b, root));
    const results = branches.map((b) => {
      const sub: SchemaIssue[] = [];
      walk(node, b, root, path, sub);
      return sub;
    });
    if (results.some((r) => r.length === 0)) return;
    // Report the branch of the node's own type: its problems are the ones the writer means.
    const byType = branches.findIndex((b) => b.type && matchesType(node, b.type));
    if (byType >= 0) {
      issues.push(...results[byType]);
      return;
    }
    const expected = [...new Set(branches.map((b) => (b.type ? TYPE_NAME[b.type] : b.enum ? b.enum.map(show).join('、') : '?')))];
    issues.push({ node, path, message: t('config.type', { where, expected: expected.join('或'), actual: TYPE_NAME[nodeType(node)] }) });
    return;
  }
  if (schema.type && !matchesType(node, schema.type)) {
    issues.push({ node, path, message: t('config.type', { where, expected: TYPE_NAME[schema.type], actual: TYPE_NAME[nodeType(node)] }) });
    return;
  }
  if (schema.enum && !schema.enum.includes(node.value)) {
    const message = schema['x-kind'] === 'rule-id'
      ? t('config.unknownRule', { key: String(node.value) })
      : t('config.enum', { where, value: show(node.value), allowed: schema.enum.map(show).join('、') });
    issues.push({ node, path, message });
    return;
  }
  if (schema.minLength !== undefined && typeof node.value === 'string' && node.value.length < schema.minLength) {
    issues.push({ node, path, message: t('config.empty', { where }) });
    return;
  }
  if (schema.format === 'regex' && typeof node.value === 'string') {
    try {
      new RegExp(node.value);
    } catch (err) {
      issues.push({ node, path, message: t('config.regex', { where, value: show(node.value), reason: (err as Error).message }) });
      return;
    }
  }
  if (schema.pattern !== undefined && typeof node.value === 'string' && !new RegExp(schema.pattern).test(node.value)) {
    issues.push({ node, path, message: t('config.pattern', { where, value: show(node.value), hint: schema['x-hint'] ?? schema.pattern }) });
    return;
  }
  if (node.type === 'array') {
    const items = node.children ?? [];
    if (schema.minItems !== undefined && items.length < schema.minItems) {
      issues.push({ node, path, message: t('config.minItems', { where, count: schema.minItems }) });
    }
    if (schema.items) items.forEach((child, i) => walk(child, schema.items!, root, [...path, i], issues));
    return;
  }
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children ?? []) {
      const [keyNode, valueNode] = prop.children ?? [];
      if (!keyNode) continue;
      const key = String(keyNode.value);
      if (seen.has(key)) {
        issues.push({ node: keyNode, path: [...path, key], message: t('config.duplicateKey', { where, key }) });
        continue;
      }
      seen.add(key);
      const sub = schema.properties?.[key];
      if (sub) {
        if (valueNode) walk(valueNode, sub, root, [...path, key], issues);
        continue;
      }
      const extra = schema.additionalProperties;
      if (extra === false) {
        issues.push({ node: keyNode, path: [...path, key], message: unknownKeyMessage(schema, where, key) });
      } else if (extra && typeof extra === 'object' && valueNode) {
        walk(valueNode, extra, root, [...path, key], issues);
      }
    }
    for (const req of schema.required ?? []) {
      if (!seen.has(req)) issues.push({ node, path, message: t('config.required', { where, key: req }) });
    }
  }
}

function unknownKeyMessage(schema: JsonSchema, where: string, key: string): string {
  if (schema['x-kind'] === 'rule-id') return t('config.unknownRule', { key });
  const allowed = Object.keys(schema.properties ?? {}).filter((k) => k !== '$schema');
  return t('config.unknownKey', { where, key, allowed: allowed.join('、') });
}
