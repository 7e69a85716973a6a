/** The outline (DocumentSymbolProvider) and folding (FoldingRangeProvider) of a 公文, from the core's buildOutline / foldingRanges. */
import { vscode } from '../vscodeApi';
import type { OutlineNode } from '../../core/templates';
import { core } from '../core';
import type { Services } from '../services';
import { draftingContext, toRange } from './context';

const HEADING_KIND = [vscode.SymbolKind.Module, vscode.SymbolKind.Module, vscode.SymbolKind.Class, vscode.SymbolKind.Method, vscode.SymbolKind.Field];

function kindOf(n: OutlineNode): vscode.SymbolKind {
  switch (n.kind) {
    case 'title': return vscode.SymbolKind.File;
    case 'heading': return HEADING_KIND[n.level] ?? vscode.SymbolKind.Field;
    case 'attachment': return vscode.SymbolKind.Package;
    default: return vscode.SymbolKind.Object;
  }
}

function toSymbol(document: vscode.TextDocument, n: OutlineNode): vscode.DocumentSymbol {
  const range = toRange(document, n.range);
  const selection = toRange(document, n.selection);
  const s = new vscode.DocumentSymbol(n.name || ' ', n.detail, kindOf(n), range, range.contains(selection) ? selection : range);
  s.children = n.children.map((c) => toSymbol(document, c));
  return s;
}

export function outlineProvider(services: Services): vscode.DocumentSymbolProvider {
  return {
    async provideDocumentSymbols(document) {
      const ctx = await draftingContext(document, services);
      if (!ctx) return [];
      return core().buildOutline(ctx.doc).map((n) => toSymbol(document, n));
    },
  };
}

export function foldingProvider(services: Services): vscode.FoldingRangeProvider {
  return {
    async provideFoldingRanges(document) {
      const ctx = await draftingContext(document, services);
      if (!ctx) return [];
      return core().foldingRanges(ctx.doc).map(
        (r) => new vscode.FoldingRange(r.startLine, r.endLine, r.kind === 'comment' ? vscode.FoldingRangeKind.Comment : vscode.FoldingRangeKind.Region),
      );
    },
  };
}
