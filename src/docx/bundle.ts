/**
 * The Word modules as one bundle for the editor (dist/docx.js, loaded on first use by the export and review commands):
 * the writer of the GB/T 9704 layout and the reader and reviewer of received files.
 */
import type { writeDocx as WriteDocx } from './write';

/**
 * The writer and its library (`docx`, the largest part of this bundle) are evaluated on the first export only: a check or
 * a review of a received file never needs them.
 */
export const writeDocx: typeof WriteDocx = async (...args) => (await import('./write')).writeDocx(...args);
export { DocxError, openPackage, XML_PARTS } from './package';
export { readDocxText, requireText } from './text';
export { reviewDocx } from './review';
export { checkDocxLayout } from './rules';
