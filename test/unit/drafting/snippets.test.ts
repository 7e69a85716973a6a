/**
 * The snippets: every generated file is VS Code snippet JSON, generated from the one source and up to
 * date; prefixes are unique; every 文种's closings are there; and each body, placed where it belongs
 * in a document of its 文种, lints clean.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENRES, type GenreId } from '../../../src/core';
import {
  builtinTemplates, CLOSING_PREFIXES, closingSnippets, dateVariables, DYNAMIC_SNIPPETS, fillTemplate, prefixesOf,
  resolveSnippet, SnippetSyntaxError, STATIC_SNIPPETS, type SnippetSpec, type SnippetZone,
} from '../../../src/core/templates';
import { renderDraftingFiles } from '../../../scripts/gen-snippets';
import { JAN_5, lintDraft, loudFindings, SAMPLE } from './helpers';

const root = join(__dirname, '..', '..', '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

/** What a snippet inserts with its defaults, on 2026年1月5日. */
function inserted(s: { body: string[] }): string {
  return resolveSnippet(s.body.join('\n'), dateVariables(JAN_5)).text;
}

/** A 通知 goes down to the bodies it directs; a 请示 up to the superior (SAMPLE's 主送). */
const DOWN_TO = '各区县教育局';

function filled(id: string, extra = {}): string {
  const tpl = builtinTemplates().find((x) => x.id === id)!;
  const to = tpl.genre === '通知' ? { to: DOWN_TO } : {};
  return fillTemplate(tpl, { ...SAMPLE, ...to, ...extra }, 'plain', JAN_5);
}

function replaceLine(text: string, re: RegExp, line: string): string {
  assert.match(text, re);
  return text.replace(re, line);
}

/** A short 通知 whose 正文 is built around the inserted lines. */
function notice(body: string): string {
  return `某某市教育局关于调整学校布局的通知\n\n各区县教育局：\n　　为优化教育资源配置，现将有关事项通知如下：\n${body}\n　　特此通知。\n\n某某市教育局\n2026年1月5日\n`;
}

/** The document of the right 文种 with the snippet where it belongs. */
function place(zone: SnippetZone, text: string, genre?: GenreId): string {
  switch (zone) {
    case 'copyNo': return `${text}\n${filled('notice-affairs')}`;
    case 'secrecy': return `000001\n${text}\n${filled('notice-affairs')}`;
    case 'urgency': return `${text}\n${filled('notice-affairs')}`;
    case 'issuerMark': return replaceLine(filled('notice-affairs'), /^某某市教育局文件$/m, text);
    case 'docNo': return replaceLine(filled('notice-affairs'), /^机关代字〔2026〕1号$/m, text);
    case 'docNoSigner': return replaceLine(filled('request-approval'), /^机关代字〔2026〕1号　　签发人：×××$/m, text);
    case 'signer': return replaceLine(filled('request-approval'), /^机关代字〔2026〕1号　　签发人：×××$/m, `机关代字〔2026〕1号\n${text}`);
    case 'recipients': return replaceLine(filled('notice-affairs'), /^各区县教育局：$/m, text);
    case 'heading1': return notice(`　　${text}\n　　请各单位认真落实。`);
    case 'heading2': return notice(`　　一、工作目标\n　　${text}\n　　请各单位认真落实。`);
    case 'heading3': return notice(`　　一、工作目标\n　　（一）主要任务\n　　${text}\n　　请各单位认真落实。`);
    case 'heading4': return notice(`　　一、工作目标\n　　（一）主要任务\n　　1.任务分工\n　　${text}\n　　请各单位认真落实。`);
    case 'attachmentNote': return replaceLine(filled('notice-affairs', { header: false }), /\n\n某某市教育局\n/, `\n\n　　${text}\n\n某某市教育局\n`);
    case 'attachmentPage': {
      const doc = replaceLine(filled('notice-affairs', { header: false }), /\n\n某某市教育局\n/, '\n\n　　附件：附件标题\n\n某某市教育局\n');
      return `${doc}\n${text}\n\n　　……\n`;
    }
    case 'note': return replaceLine(filled('request-approval'), /^（联系人：×××，联系电话：××××××××）$/m, text);
    case 'cc': return replaceLine(filled('notice-affairs'), /^抄送：……。$/m, text);
    case 'colophonRecipients': return replaceLine(filled('notice-affairs'), /^抄送：……。$/m, `${text}\n抄送：……。`);
    case 'markerLine': return replaceLine(filled('notice-affairs'), /^　　特此通知。$/m, `　　特此通知。${text}`);
    case 'markerNextLine': case 'markerFile': return replaceLine(filled('notice-affairs'), /^　　特此通知。$/m, `${text}\n　　特此通知。`);
    case 'markerBlock': return replaceLine(filled('notice-affairs'), /^　　特此通知。$/m, text.replace('\n\n', '\n　　特此通知。\n'));
    case 'closing': {
      // The template of the 文种 that already uses this closing, else a reply for 此复-type closings, else the first.
      const of = builtinTemplates().filter((x) => x.genre === genre);
      // A 公告 is a provincial government's (条例第八条（五）), not a city bureau's.
      // A 函 goes to a body the sender is not under (its own government asking approval would be a 请示).
      // A 令 is a people's government's (a city bureau issues none).
      const values = genre === '公告' ? { ...SAMPLE, org: '某某省人民政府' } : genre === '命令' ? { ...SAMPLE, org: '某某市人民政府' } : genre === '函' ? { ...SAMPLE, to: '某某市财政局' } : ['通知', '通报', '决定', '意见'].includes(genre ?? '') ? { ...SAMPLE, to: DOWN_TO } : genre === '批复' ? { ...SAMPLE, to: '某某区教育局' } : genre === '议案' ? { ...SAMPLE, org: '某某市人民政府', to: '某某市人民代表大会常务委员会' } : SAMPLE;
      const fill = (id: string) => fillTemplate(of.find((x) => x.id === id)!, values, 'plain', JAN_5);
      const tpl = of.find((x) => fill(x.id).includes(text)) ?? (/复。$/.test(text) ? of.find((x) => x.kind === '答复') : undefined) ?? of[0];
      const doc = fill(tpl.id);
      const own = GENRES.find((g) => g.id === genre)!.closings.find((c) => doc.includes(c))!;
      // The closing sentence replaces the template's own (its last occurrence: a 令 cites it mid-sentence).
      const at = doc.lastIndexOf(own);
      return doc.slice(0, at) + text + doc.slice(at + own.length);
    }
  }
}

describe('drafting: snippet files', () => {
  const files = readdirSync(join(root, 'snippets')).filter((f) => f.endsWith('.json'));

  it('are generated from src/core/templates/snippets.ts and up to date (npm run gen)', () => {
    const generated = renderDraftingFiles();
    assert.deepEqual(files.map((f) => `snippets/${f}`).sort(), Object.keys(generated).filter((p) => p.startsWith('snippets/')).sort());
    for (const [path, content] of Object.entries(generated)) assert.equal(read(path), content, `${path} is stale: run npm run gen`);
  });

  for (const f of files) {
    it(`snippets/${f} is valid VS Code snippet JSON`, () => {
      const json = JSON.parse(read(`snippets/${f}`)) as Record<string, unknown>;
      assert.ok(Object.keys(json).length > 0);
      for (const [name, s] of Object.entries(json)) {
        assert.ok(s && typeof s === 'object' && !Array.isArray(s), name);
        const { prefix, body, description, ...rest } = s as Record<string, unknown>;
        assert.deepEqual(Object.keys(rest), [], `${name}: only prefix, body, description`);
        // The contributed file carries only ASCII prefixes (pinyin, wm-…): a contributed snippet would pop up over a
        // sentence that happens to contain its Chinese word; the completion provider offers those at a line start.
        const min = f === 'gongwen.json' ? 2 : 3;
        assert.ok(Array.isArray(prefix) && prefix.length >= min && prefix.every((p) => typeof p === 'string' && p.length > 0 && !/\s/.test(p)), `${name}: prefixes`);
        if (f === 'gongwen.json') assert.ok((prefix as string[]).every((p) => /^[\x21-\x7e]+$/.test(p)), `${name}: ASCII prefixes only (${prefix})`);
        assert.ok(Array.isArray(body) && body.every((l) => typeof l === 'string'), `${name}: body lines`);
        assert.equal(typeof description, 'string');
        resolveSnippet((body as string[]).join('\n'), dateVariables(JAN_5)); // throws on bad syntax
      }
    });
  }

  it('the snippet syntax reader rejects malformed bodies', () => {
    for (const bad of ['${1:open', '${1|a,b}', '${x/y/z/}', '${:x}']) assert.throws(() => resolveSnippet(bad), SnippetSyntaxError, bad);
    assert.equal(resolveSnippet('${1|特急,加急|}、${2:标题}$0 \\$1').text, '特急、标题 $1');
    assert.deepEqual(resolveSnippet('${1:a}${2:b}$1').tabStops, [1, 2, 1]);
  });

  it('package.json contributes the static file for gongwen, plaintext and markdown; the closings file is not contributed', () => {
    const pkg = JSON.parse(read('package.json'));
    const contributed = (pkg.contributes.snippets as Array<{ language: string; path: string }>);
    assert.deepEqual(contributed.map((s) => s.language).sort(), ['gongwen', 'markdown', 'plaintext']);
    assert.ok(contributed.every((s) => s.path === './snippets/gongwen.json'));
  });
});

describe('drafting: snippet prefixes', () => {
  const all: Array<{ name: string; pinyin: string[]; zh: string[]; en: string }> = [...STATIC_SNIPPETS, ...closingSnippets(), ...DYNAMIC_SNIPPETS];

  it('three kinds per snippet: pinyin initials, the Chinese words, wm-… English', () => {
    for (const s of all) {
      assert.ok(s.pinyin.length > 0 && s.pinyin.every((p) => /^[a-z]+$/.test(p)), `${s.name}: pinyin ${s.pinyin}`);
      assert.ok(s.zh.length > 0 && s.zh.every((p) => /^[\u3400-\u9fff][\u3400-\u9fff，、。]*$/.test(p)), `${s.name}: Chinese ${s.zh}`);
      assert.match(s.en, /^wm-[a-z0-9]+(-[a-z0-9]+)*$/, s.name);
    }
  });

  it('no prefix is used twice', () => {
    const seen = new Map<string, string>();
    for (const s of all) {
      for (const p of prefixesOf(s)) {
        assert.ok(!seen.has(p), `${p}: ${seen.get(p)} and ${s.name}`);
        seen.set(p, s.name);
      }
    }
  });

  it('every 结束语 of genres.ts has a snippet; its pinyin has one initial per Chinese character', () => {
    const texts = new Set(closingSnippets().map((s) => s.body[0]));
    for (const g of GENRES) for (const c of g.closings) assert.ok(texts.has(c), `${g.id}: ${c}`);
    assert.deepEqual(Object.keys(CLOSING_PREFIXES).filter((c) => !texts.has(c)), [], 'no stale entries in CLOSING_PREFIXES');
    for (const s of closingSnippets()) {
      const han = s.body[0].match(/\p{Script=Han}/gu)!.length;
      assert.equal(s.pinyin[0].length, han, `${s.body[0]} → ${s.pinyin[0]}`);
    }
    const tctz = closingSnippets().find((s) => s.body[0] === '特此通知。')!;
    assert.deepEqual(prefixesOf(tctz), ['tctz', '特此通知', 'wm-closing-notice']);
    assert.deepEqual(closingSnippets().find((s) => s.body[0] === '此复。')!.genres, ['批复', '函']);
  });

  it('docs/snippets.md lists every prefix', () => {
    const doc = read('docs/snippets.md');
    for (const s of all) for (const p of prefixesOf(s)) assert.ok(doc.includes('`' + p + '`'), `${p} in docs/snippets.md`);
  });
});

describe('drafting: each snippet, placed in a document of its 文种, lints clean', () => {
  const cases: Array<{ spec: SnippetSpec; genre?: GenreId }> = [
    ...STATIC_SNIPPETS.map((spec) => ({ spec })),
    ...closingSnippets().flatMap((spec) => spec.genres!.map((genre) => ({ spec, genre }))),
  ];
  for (const { spec, genre } of cases) {
    it(`${spec.name}${genre ? `（${genre}）` : ''}`, () => {
      const body = inserted(spec);
      const text = place(spec.zone, body, genre);
      if (spec.zone !== 'markerBlock') assert.ok(text.includes(body), 'placed');
      const r = lintDraft(text);
      assert.ok(r.linted);
      if (genre) assert.equal(r.genre?.genre.id, genre);
      assert.deepEqual(loudFindings(text, r), [], text);
    });
  }

  for (const d of DYNAMIC_SNIPPETS) {
    it(`${d.name} (completion item, with the date of the day)`, () => {
      const body = inserted({ body: d.body('2026年1月5日', '某某市教育局') });
      const doc = filled('notice-affairs');
      const text = d.en === 'wm-date'
        ? doc.replace(/^2026年1月5日$/m, body)
        : d.en === 'wm-signature'
          ? doc.replace(/^某某市教育局\n2026年1月5日$/m, body)
          : doc.replace(/^某某市教育局办公室　　2026年1月5日印发$/m, body);
      assert.ok(text.includes(body));
      assert.deepEqual(loudFindings(text), [], text);
      assert.match(body, /2026年1月5日/);
    });
  }
});
