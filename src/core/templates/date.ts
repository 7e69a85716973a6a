/**
 * Dates as GB/T 9704—2012 7.3.5.4 writes them: Arabic digits, the full year, month and day without
 * leading zeros (2026年1月5日, never 2026年01月05日). VS Code's $CURRENT_MONTH / $CURRENT_DATE are
 * zero-padded, so snippets cannot produce this form: the date is computed here, from a `now` passed in.
 */

/** 成文日期 / 印发日期 in GB/T 9704 form, in local time: 2026年11月22日. */
export function formatIssueDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/**
 * Reads a date given as YYYY-MM-DD (or YYYY-M-D, or already in the 2026年1月5日 form), as a local date.
 * Returns undefined for anything else, including impossible dates such as 2026-02-30.
 */
export function parseDateInput(input: string): Date | undefined {
  const m = /^\s*(\d{4})\s*(?:-|\/|\.|年)\s*(\d{1,2})\s*(?:-|\/|\.|月)\s*(\d{1,2})\s*日?\s*$/.exec(input);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return undefined;
  return date;
}
