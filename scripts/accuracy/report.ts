/** The figures block of docs/accuracy.md, rendered from a run of the scorer (kept true by `npm run gen -- --check`). */
import { loadReal, type Score, type Summary } from './score';

const BEGIN = '<!-- accuracy-figures:begin (npm run gen) -->';
const END = '<!-- accuracy-figures:end -->';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function renderFigures(s: Score, sum: Summary): string {
  const items = new Set(s.labels.map((l) => l.item.id)).size;
  const real = loadReal();
  const genres = [...new Set(real.map((d) => d.genre))].sort();
  const pre = real.filter((d) => d.era === 'pre2012').length;
  const out: string[] = [BEGIN, ''];
  out.push(`**病文** (test/corpus/faulty): ${items} items with ${sum.labels} scored labels (${s.outOfScope} more labels are out of a text checker's reach and not scored).`, '');
  out.push('| family | labels | caught | recall |', '| --- | ---: | ---: | ---: |');
  for (const [family, f] of Object.entries(sum.byFamily).sort()) out.push(`| ${family} | ${f.labels} | ${f.hits} | ${pct(f.recall)} |`);
  out.push(`| **all** | **${sum.labels}** | **${sum.hits}** | **${pct(sum.recall)}** |`, '');
  out.push(`Counting only errors and warnings (an info alone not counted): ${pct(sum.recallWarning)}.`, '');
  out.push(`**Real documents** (test/corpus/real): ${sum.realDocs} published documents of ${genres.length} 文种 (${genres.join('、')}), ${pre} of them issued before 2012-07-01.`, '');
  out.push('| figure | value |', '| --- | ---: |');
  out.push(`| false errors per document | ${sum.falseErrorsPerDoc.toFixed(3)} |`);
  out.push(`| false warnings per document | ${sum.falseWarningsPerDoc.toFixed(3)} |`);
  out.push(`| faults the published texts really have, found (listed as \`known\` in their headers) | ${sum.confirmed} |`, '');
  const rules = Object.entries(sum.byRule).filter(([, r]) => r.errors + r.warnings > 0).sort((a, b) => b[1].errors + b[1].warnings - (a[1].errors + a[1].warnings) || a[0].localeCompare(b[0]));
  if (rules.length) {
    out.push('False alarms by rule:', '', '| rule | errors | warnings |', '| --- | ---: | ---: |');
    for (const [id, r] of rules) out.push(`| \`${id}\` | ${r.errors} | ${r.warnings} |`);
    out.push('');
  }
  out.push(END);
  return out.join('\n');
}

export function injectFigures(doc: string, figures: string): string {
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < 0) throw new Error('docs/accuracy.md has no accuracy-figures markers');
  return doc.slice(0, a) + figures + doc.slice(b + END.length);
}
