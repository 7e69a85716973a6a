/**
 * Wenmi: New Official Document (`wenmi.newDocument`, also under File → New File…): pick a template
 * (built-in and the team's packs), answer 发文机关 / 事由 / 主送机关 (the last answers are remembered),
 * and get an untitled `gongwen` document whose skeleton is a snippet: the cursor waits in the first
 * tab stop, Tab walks through the rest.
 *
 * Arguments (keybindings, tests) skip the prompts they answer:
 *   { templateId?, org?, subject?, to?, attachments?, date?: 'YYYY-MM-DD' }
 */
import { vscode } from '../vscodeApi';
import type { GenreId } from '../../core/genres';
import type { PromptField, Template } from '../../core/templates';
import type { ProjectResources } from '../../core/config';
import { core } from '../core';
import type { Services } from '../services';

export const NEW_DOCUMENT_COMMAND = 'wenmi.newDocument';

export interface NewDocumentArgs {
  templateId?: string;
  org?: string;
  subject?: string;
  to?: string;
  attachments?: number;
  date?: string;
}

const STATE_PREFIX = 'wenmi.newDocument.';

function isArgs(v: unknown): v is NewDocumentArgs {
  return !!v && typeof v === 'object' && !(v instanceof vscode.Uri) && !Array.isArray(v);
}

/** Built-in templates, then the packs' (a pack template with a built-in id replaces it). Pack errors are shown once. */
export function templatesFrom(resources: ProjectResources, reportErrors: (errors: string[]) => void): Template[] {
  const { builtinTemplates, GENRE_ORDER, loadTemplates, mergeTemplates } = core();
  const fromPacks: Template[] = [];
  const errors: string[] = [];
  for (const p of resources.templates) {
    const r = loadTemplates(p.data, p.pack, p.source);
    fromPacks.push(...r.templates);
    errors.push(...r.errors);
  }
  if (errors.length) reportErrors(errors);
  const merged = mergeTemplates([...builtinTemplates()], fromPacks);
  const rank = (g: string) => (GENRE_ORDER as readonly string[]).indexOf(g);
  return merged.map((tpl, i) => ({ tpl, i })).sort((a, b) => rank(a.tpl.genre) - rank(b.tpl.genre) || a.i - b.i).map((x) => x.tpl);
}

interface TemplateItem extends vscode.QuickPickItem {
  template?: Template;
}

function pickItems(templates: Template[]): TemplateItem[] {
  const { DIRECTION_LABEL, getGenre, t } = core();
  const items: TemplateItem[] = [];
  let genre: GenreId | undefined;
  for (const tpl of templates) {
    const g = getGenre(tpl.genre);
    if (tpl.genre !== genre) {
      genre = tpl.genre;
      items.push({
        label: t('drafting.new.pick.separator', { genre: g.id === '命令' ? '命令（令）' : g.id, direction: DIRECTION_LABEL[g.direction] }),
        kind: vscode.QuickPickItemKind.Separator,
      });
    }
    items.push({
      label: tpl.label,
      // The one line of 条例第八条 on the 文种, then what this template is for (and the pack it comes from).
      description: t('drafting.new.detail', { article: g.article, definition: g.definition }),
      detail: tpl.origin === 'builtin' ? tpl.description : `${tpl.description}（${tpl.origin}）`,
      template: tpl,
    });
  }
  return items;
}

async function ask(
  state: vscode.Memento, tpl: Template, field: PromptField, step: number, total: number, fallback?: string,
): Promise<string | undefined> {
  const { fieldLabel, fieldPrompt, t } = core();
  const key = field === 'org' ? `${STATE_PREFIX}org` : field === 'to' ? `${STATE_PREFIX}to.${tpl.genre}` : `${STATE_PREFIX}subject.${tpl.id}`;
  const remembered = state.get<string>(key) ?? fallback ?? '';
  const value = await vscode.window.showInputBox({
    title: t('drafting.new.step', { label: tpl.label, step, total }),
    prompt: fieldPrompt(tpl, field),
    placeHolder: fieldLabel(tpl, field),
    value: remembered,
    valueSelection: [0, remembered.length],
    ignoreFocusOut: true,
  });
  if (value !== undefined) await state.update(key, value);
  return value;
}

async function askAttachments(state: vscode.Memento, tpl: Template, step: number, total: number): Promise<number | undefined> {
  const { t } = core();
  const key = `${STATE_PREFIX}attachments`;
  const last = state.get<number>(key) ?? tpl.attachments;
  const items = [0, 1, 2, 3, 4, 5].map((n) => ({
    label: n === 0 ? t('drafting.new.attachments.none') : t('drafting.new.attachments.count', { count: n }),
    detail: n === 0 ? undefined : t('drafting.new.attachments.detail'),
    n,
  }));
  const ordered = [...items.filter((i) => i.n === last), ...items.filter((i) => i.n !== last)];
  const picked = await vscode.window.showQuickPick(ordered, {
    title: `${t('drafting.new.step', { label: tpl.label, step, total })}：${t('drafting.new.attachments.title')}`,
    ignoreFocusOut: true,
  });
  if (picked) await state.update(key, picked.n);
  return picked?.n;
}

export async function newDocument(context: vscode.ExtensionContext, services: Services, rawArgs?: unknown): Promise<vscode.TextEditor | undefined> {
  const { fillTemplate, parseDateInput, t } = core();
  const args: NewDocumentArgs = isArgs(rawArgs) ? rawArgs : {};
  const state = context.globalState;
  // Pack templates come with the configuration of the active document's folder (else of the workspace).
  const active = vscode.window.activeTextEditor?.document;
  let target = active && active.uri.scheme !== 'untitled' ? active : undefined;
  let created: vscode.TextDocument | undefined;
  if (!target) target = created = await vscode.workspace.openTextDocument({ language: 'gongwen' });
  const resources = await services.config.resourcesFor(target);
  const templates = templatesFrom(resources, (errors) =>
    void vscode.window.showWarningMessage(t('drafting.new.packErrors', { errors: errors.join('；') })));

  let tpl: Template | undefined;
  if (args.templateId) {
    tpl = templates.find((x) => x.id === args.templateId);
    if (!tpl) {
      void vscode.window.showErrorMessage(t('drafting.new.unknownTemplate', { id: args.templateId }));
      return undefined;
    }
  } else {
    const picked = await vscode.window.showQuickPick(pickItems(templates), {
      title: t('drafting.new.pick.title'),
      placeHolder: t('drafting.new.pick.placeholder'),
      matchOnDescription: true,
      matchOnDetail: true,
      ignoreFocusOut: true,
    });
    tpl = picked?.template;
    if (!tpl) return undefined;
  }

  const fields: PromptField[] = tpl.recipients ? ['org', 'subject', 'to'] : ['org', 'subject'];
  const asked = fields.filter((f) => args[f] === undefined);
  const wantsAttachments = tpl.usesAttachments && args.attachments === undefined;
  const total = asked.length + (wantsAttachments ? 1 : 0) + (args.templateId ? 0 : 1);
  let step = args.templateId ? 0 : 1;
  const values: Partial<Record<PromptField, string>> = {};
  const org = resources.config.organization;
  for (const f of fields) {
    if (args[f] !== undefined) {
      values[f] = args[f];
      continue;
    }
    const v = await ask(state, tpl, f, ++step, total, f === 'org' ? org?.name : undefined);
    if (v === undefined) return undefined;
    values[f] = v;
  }
  let attachments = args.attachments;
  if (wantsAttachments) {
    attachments = await askAttachments(state, tpl, ++step, total);
    if (attachments === undefined) return undefined;
  }
  const date = args.date ? parseDateInput(args.date) : undefined;
  const snippet = fillTemplate(tpl, { ...values, code: org?.code, attachments, date }, 'snippet');

  const document = created ?? (await vscode.workspace.openTextDocument({ language: 'gongwen' }));
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
  return editor;
}
