/** Where each rule's documentation is: its section of docs/rules.md (generated from the metadata). */
export const DOCS_BASE = 'https://github.com/wenmi-dev/wenmi/blob/main/docs/rules.md';

export function docsLink(id: string): string {
  return `${DOCS_BASE}#${id}`;
}
