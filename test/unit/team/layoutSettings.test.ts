/**
 * The organisation's layout settings (issue 10): "layout" in .wenmirc.json or a team pack sets the 发文机关标志 a draft
 * lacks, its colour, a black 版头, the page-number style and the fonts; the Word export, the CLI and the preview use them.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parse } from '../../../src/core';
import { blocksOf, GBT9704 } from '../../../src/core/layout';
import { renderPreview } from '../../../src/core/layout/html';
import { resolveProject } from '../../../src/core/project';
import { writeDocx } from '../../../src/docx/write';
import { main } from '../../../src/cli/main';
import { nodeIO } from '../../../src/cli/io';
import { memFs } from './helpers';

const DRAFT = '青教发〔2024〕21号\n\n青山市教育局关于做好校园安全工作的通知\n\n各学校：\n　　请做好校园安全工作。\n　　特此通知。\n\n青山市教育局\n2024年5月20日\n';

describe('layout settings (.wenmirc.json and packs: "layout")', () => {
  it('a pack sets the organisation\'s, the folder overrides one key; fonts merge family by family', async () => {
    const r = await resolveProject({
      fs: memFs({
        '/ws/.wenmirc.json': JSON.stringify({ packs: ['./org'], layout: { pageNumber: 'plain', fonts: { heiti: ['思源黑体'] } } }),
        '/ws/org/wenmi-pack.json': JSON.stringify({ name: 'org', version: '1.0.0', layout: { issuerMark: '青山市教育局文件', issuerColor: 'C00000', fonts: { fangsong: ['FangSong'] } } }),
      }),
      documentPath: '/ws/d.gw',
      workspaceRoot: '/ws',
    });
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.resources.config.layout, {
      issuerMark: '青山市教育局文件', issuerColor: 'C00000', pageNumber: 'plain', fonts: { fangsong: ['FangSong'], heiti: ['思源黑体'] },
    });
    assert.equal(r.sources['layout.issuerMark'].layer, 'pack');
    assert.equal(r.sources['layout.pageNumber'].layer, 'file');
  });

  it('a bad value is one clear error and the other keys still apply', async () => {
    const r = await resolveProject({
      fs: memFs({ '/ws/.wenmirc.json': '{\n  "layout": {\n    "issuerMark": "青山市教育局文件",\n    "issuerColor": "red"\n  }\n}' }),
      documentPath: '/ws/d.gw',
      workspaceRoot: '/ws',
    });
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0].line, 4);
    assert.match(r.errors[0].message, /issuerColor/);
    assert.equal(r.resources.config.layout?.issuerMark, '青山市教育局文件');
    assert.equal(r.resources.config.layout?.issuerColor, undefined);
  });

  it('the model: the 发文机关标志 a draft lacks, the colour of the 版头, a black 版头, the fonts', () => {
    const doc = parse(DRAFT);
    assert.ok(!blocksOf(doc).some((b) => b.role === 'issuerMark'));
    const blocks = blocksOf(doc, { issuerMark: '青山市教育局文件', issuerColor: 'c00000', fonts: { fangsong: ['FangSong'] } });
    const mark = blocks.find((b) => b.role === 'issuerMark')!;
    assert.deepEqual([mark.lines, mark.style.color], [['青山市教育局文件'], 'C00000']);
    assert.equal(blocks.indexOf(mark), 0);
    assert.equal(blocks.find((b) => b.role === 'docNo')!.lineBelow?.color, 'C00000', 'the 分隔线 in the same colour');
    assert.deepEqual(blocks.find((b) => b.role === 'paragraph')!.style.fonts, ['FangSong']);
    assert.deepEqual(blocks.find((b) => b.role === 'title')!.style.fonts, GBT9704.fonts.xiaobiaosong);
    const black = blocksOf(doc, { issuerMark: '青山市教育局文件', redHeader: false });
    assert.equal(black.find((b) => b.role === 'issuerMark')!.style.color, GBT9704.colors.text);
    assert.equal(black.find((b) => b.role === 'docNo')!.lineBelow?.color, GBT9704.colors.text);
  });

  it('the page numbers: “— 1 —”, a bare number or none, in the preview and in the Word file', async () => {
    const doc = parse(DRAFT);
    assert.match(renderPreview(doc, []).html, />— 1 —</);
    assert.match(renderPreview(doc, [], '', { pageNumber: 'plain' }).html, /class="num odd"[^>]*>1</);
    assert.ok(!/class="num/.test(renderPreview(doc, [], '', { pageNumber: 'none' }).html));
    const footers = async (settings: Parameters<typeof writeDocx>[1]) => {
      const zip = await JSZip.loadAsync(await writeDocx(doc, settings));
      return Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    };
    assert.ok((await footers(undefined)).every((f) => /PAGE/.test(f) && /— /.test(f)));
    assert.ok((await footers({ pageNumber: 'plain' })).every((f) => /PAGE/.test(f) && !/—/.test(f)));
    assert.ok((await footers({ pageNumber: 'none' })).every((f) => !/PAGE/.test(f)));
  });

  it('wenmi export reads the folder\'s settings; a broken .wenmirc.json stops it (exit 2) with the file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenmi-layout-'));
    writeFileSync(join(dir, '.wenmirc.json'), JSON.stringify({ root: true, layout: { issuerMark: '青山市教育局文件' } }));
    writeFileSync(join(dir, '通知.gw'), DRAFT);
    const err: string[] = [];
    const io = { ...nodeIO(), cwd: dir, stdout: () => {}, stderr: (s: string) => void err.push(s) };
    assert.equal(await main(['export', '通知.gw'], io), 0);
    const xml = await (await JSZip.loadAsync(readFileSync(join(dir, '通知.docx')))).file('word/document.xml')!.async('string');
    assert.match(xml, /青山市教育局文件/);
    writeFileSync(join(dir, '.wenmirc.json'), '{\n  "root": true,\n  "layout": { "pageNumber": "roman" }\n}');
    // (A new run: the CLI reads each configuration file once per run.)
    assert.equal(await main(['export', '通知.gw'], { ...io }), 2);
    assert.match(err.join(''), /\.wenmirc\.json:3/);
  });
});
