/** A layout rule read from a .docx (issue 14): metadata as the text rules have, and a check over the resolved layout. */
import type { RuleMeta } from '../../core/rules/types';
import type { Severity } from '../../core/types';
import type { DocxLayoutContext } from '../layout';

export interface DocxLayoutFinding {
  /** The paragraph (index in DocxText.paragraphs) the finding is about; the first one for the page. */
  paragraph: number;
  message: string;
  severity?: Severity;
}

export interface DocxRule {
  meta: Pick<RuleMeta, 'id' | 'title' | 'description' | 'basis' | 'source' | 'defaultSeverity'>;
  check(ctx: DocxLayoutContext): DocxLayoutFinding[];
}
