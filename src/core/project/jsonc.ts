/** JSONC (JSON with comments) parsing with positions, on `jsonc-parser` (pure JS). */
import { parseTree, printParseErrorCode, type Node, type ParseError } from './jsoncParser';
import { t } from '../messages';
import type { ConfigError } from './types';

export type { Node as JsonNode };

export interface ParsedJson {
  path: string;
  text: string;
  /** Undefined when the file is only whitespace and comments (treated as an empty object by callers). */
  root?: Node;
  /** The first syntax error, if any (one clear error per file). */
  syntaxError?: ConfigError;
}

const SYNTAX_PROBLEM: Record<string, string> = {
  InvalidSymbol: '无法识别的符号',
  InvalidNumberFormat: '数字格式不对',
  PropertyNameExpected: '这里应是用双引号括起的键名',
  ValueExpected: '这里缺少值',
  ColonExpected: '键名后缺少冒号“:”',
  CommaExpected: '两项之间缺少逗号“,”',
  CloseBraceExpected: '缺少右花括号“}”',
  CloseBracketExpected: '缺少右方括号“]”',
  EndOfFileExpected: '文件结尾处有多余内容',
  InvalidCommentToken: '注释写法不对',
  UnexpectedEndOfComment: '块注释没有结束（缺少“*/”）',
  UnexpectedEndOfString: '字符串没有结束（缺少右双引号）',
  UnexpectedEndOfNumber: '数字没有写完',
  InvalidUnicode: 'Unicode 转义写法不对',
  InvalidEscapeCharacter: '无效的转义字符',
  InvalidCharacter: '字符串中有不允许的控制字符（如未转义的换行）',
};

/** Line and column (1-based, UTF-16 units) of an offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function makeError(path: string, text: string, offset: number, length: number, message: string): ConfigError {
  const len = Math.max(1, length);
  const { line, column } = positionOf(text, offset);
  const end = positionOf(text, offset + len);
  // An empty file or a problem at its very end still gets a one-character range.
  const endLine = offset + len > text.length ? line : end.line;
  const endColumn = offset + len > text.length ? column + 1 : end.column;
  return { path, line, column, endLine, endColumn, offset, length: len, message };
}

export function errorAt(file: ParsedJson, node: Node | undefined, message: string): ConfigError {
  return makeError(file.path, file.text, node?.offset ?? 0, node?.length ?? 1, message);
}

export function parseJsonc(path: string, rawText: string): ParsedJson {
  // A UTF-8 BOM is not part of the JSON text; keep offsets aligned by replacing it with a space.
  const text = rawText.charCodeAt(0) === 0xfeff ? ' ' + rawText.slice(1) : rawText;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const out: ParsedJson = { path, text };
  if (errors.length) {
    const e = errors[0];
    const code = printParseErrorCode(e.error);
    out.syntaxError = makeError(path, text, e.offset, e.length, t('config.syntax', { problem: SYNTAX_PROBLEM[code] ?? code }));
    return out;
  }
  out.root = root;
  return out;
}

/** The value node of property `key` in an object node. */
export function propertyNode(obj: Node | undefined, key: string): Node | undefined {
  if (!obj || obj.type !== 'object') return undefined;
  for (const p of obj.children ?? []) {
    if (p.children?.[0]?.value === key) return p.children[1];
  }
  return undefined;
}

/** The key node of property `key` in an object node. */
export function keyNode(obj: Node | undefined, key: string): Node | undefined {
  if (!obj || obj.type !== 'object') return undefined;
  for (const p of obj.children ?? []) {
    if (p.children?.[0]?.value === key) return p.children[0];
  }
  return undefined;
}

/** Plain value of a node (objects and arrays rebuilt). */
export function nodeValue(node: Node | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'object': {
      const o: Record<string, unknown> = {};
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k && v) o[String(k.value)] = nodeValue(v);
      }
      return o;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}
