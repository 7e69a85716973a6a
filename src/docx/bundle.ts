/**
 * The Word modules as one bundle for the editor (dist/docx.js, loaded on first use by the export and review commands):
 * the writer of the GB/T 9704 layout and the reader and reviewer of received files.
 */
export { writeDocx } from './write';
export { DocxError, openPackage } from './package';
export { readDocxText } from './text';
export { reviewDocx } from './review';
