/**
 * The layout rules read from a .docx (issue 14, src/core/rules/docx): each one on a Word file with its fault set on
 * purpose — built with the `docx` package (the library the export uses), read back through styles, direct formatting,
 * the section's grid and its footers — and silent on the GB/T 9704 export. Table-driven: one row per fault.
 */
import { strict as assert } from 'node:assert';
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IParagraphOptions,
} from 'docx';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { unzipSync, zipSync } from 'fflate';
import { parse } from '../../src/core';
import { docxRules } from '../../src/core/rules/docx';
import { linePitchOf } from '../../src/core/rules/docx/docx-grid';
import { isFamily } from '../../src/core/rules/docx/fonts';
import { openPackage } from '../../src/docx/package';
import { checkDocxLayout } from '../../src/docx/rules';
import { readLayout } from '../../src/docx/layout';
import { readDocxText } from '../../src/docx/text';
import { writeDocx } from '../../src/docx/write';
import { toSarif } from '../../src/cli/formats';

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const FS = '仿宋_GB2312';

interface Faults {
  headingFont?: string;
  runInHeading?: boolean;
  lineTwips?: number;
  condense?: number;
  dateAlign?: 'right' | 'left';
  dateRightChars?: number;
  dateTrailing?: string;
  footer?: 'standard' | 'none' | 'centered' | 'plain' | 'small' | 'fangsong-digits';
  colophon?: 'standard' | 'none' | 'thin-first' | 'no-middle' | 'thick-middle' | 'grouped';
  /** A second section after the first, without footers of its own (Word carries the first's over). */
  secondSection?: boolean;
}

const run = (text: string, font = FS, size = 16, extra: Record<string, unknown> = {}) => new TextRun({ text, font: { eastAsia: font, ascii: font, hAnsi: font }, size: size * 2, ...extra });

/** A 通知 laid out to GB/T 9704 (the export's numbers), with the faults asked for. */
async function build(f: Faults = {}): Promise<Uint8Array> {
  const condense = f.condense ?? -5;
  const body = (text: string, opts: Partial<IParagraphOptions> = {}) =>
    new Paragraph({ indent: { firstLine: 640 }, ...opts, children: [run(text, FS, 16, { characterSpacing: condense })] });
  const heading = (marker: string, words: string, font: string, rest = '') =>
    new Paragraph({ indent: { firstLine: 640 }, children: [run(marker + words, font, 16, { characterSpacing: condense }), ...(rest ? [run(rest, FS, 16, { characterSpacing: condense })] : [])] });
  const hfont1 = f.headingFont ?? '黑体';
  const hfont2 = f.headingFont ?? '楷体_GB2312';
  const thick = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 };
  const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
  const colophon = f.colophon ?? 'standard';
  const lines = colophon !== 'none';
  // One bordered group: the same borders on both paragraphs, Word draws the group's top and bottom and the line between.
  const group = { top: thick, bottom: thick, between: thin };
  const ccBorder = colophon === 'grouped' ? group : lines ? { top: colophon === 'thin-first' ? thin : thick, bottom: colophon === 'no-middle' ? undefined : colophon === 'thick-middle' ? thick : thin } : undefined;
  const imprintBorder = colophon === 'grouped' ? group : lines ? { bottom: thick } : undefined;
  const footerPara = (align: 'left' | 'right') => {
    const kind = f.footer ?? 'standard';
    if (kind === 'none') return new Footer({ children: [] });
    const size = kind === 'small' ? 10.5 : 14;
    // The digits' font is the Latin one (w:ascii): 仿宋 there, 宋体 for the East-Asian text, is a 仿宋 page number.
    const digits = kind === 'fangsong-digits' ? { font: { eastAsia: '宋体', ascii: 'FangSong', hAnsi: 'FangSong' } } : {};
    const number = run('', '宋体', size, { children: [PageNumber.CURRENT], ...digits });
    const dashed = kind === 'plain' ? [number] : [run('— ', '宋体', size), number, run(' —', '宋体', size)];
    return new Footer({ children: [new Paragraph({ alignment: kind === 'centered' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT, children: dashed })] });
  };
  const dateIndent = f.dateRightChars ?? 4;
  const blocks = [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [run('某某市教育局关于开展校园安全检查的通知', '方正小标宋简体', 22)] }),
        new Paragraph({ children: [run('各区县教育局：')] }),
        body('为加强校园安全管理，现就有关事项通知如下。'),
        f.runInHeading
          ? heading('一、', '检查范围。', hfont1, '全市各级各类学校均在检查范围之内，各校要认真做好准备。')
          : heading('一、', '检查范围', hfont1),
        body('全市各级各类学校。'),
        heading('（一）', '检查内容', hfont2),
        body('校舍、消防和食品安全。'),
        body('特此通知。'),
        new Paragraph({ children: [] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 4 * 320 }, children: [run('某某市教育局')] }),
        new Paragraph({
          alignment: f.dateAlign === 'left' ? AlignmentType.LEFT : AlignmentType.RIGHT,
          indent: f.dateAlign === 'left' ? undefined : { right: dateIndent * 320 },
          children: [run('2024年3月5日' + (f.dateTrailing ?? ''))],
        }),
        new Paragraph({
          indent: { left: 280, right: 280 },
          border: ccBorder,
          children: [run('抄送：市人民政府办公室，市公安局。', FS, 14)],
        }),
        new Paragraph({
          indent: { left: 280, right: 280 },
          border: imprintBorder,
          children: [run('某某市教育局办公室　　　　2024年3月5日印发', FS, 14)],
        }),
  ];
  const document = new Document({
    evenAndOddHeaderAndFooters: f.footer !== 'centered',
    styles: { default: { document: { run: { font: { eastAsia: FS }, size: 32 }, paragraph: { spacing: { line: f.lineTwips ?? 579, lineRule: LineRuleType.EXACT } } } } },
    sections: f.secondSection
      ? [
          { properties: {
        page: { size: { width: twips(210), height: twips(297) }, margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) } },
        grid: { type: DocumentGridType.DEFAULT, linePitch: f.lineTwips ?? 579 },
      }, footers: { default: footerPara('right'), even: footerPara('left') }, children: blocks.slice(0, 8) },
          { properties: {
        page: { size: { width: twips(210), height: twips(297) }, margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) } },
        grid: { type: DocumentGridType.DEFAULT, linePitch: f.lineTwips ?? 579 },
      }, children: blocks.slice(8) },
        ]
      : [{ properties: {
        page: { size: { width: twips(210), height: twips(297) }, margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) } },
        grid: { type: DocumentGridType.DEFAULT, linePitch: f.lineTwips ?? 579 },
      }, footers: { default: footerPara('right'), even: footerPara('left') }, children: blocks }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

async function findings(f: Faults): Promise<string[]> {
  const pkg = openPackage(await build(f));
  return checkDocxLayout(pkg, readDocxText(pkg)).map((x) => `${x.ruleId} ${x.message}`);
}

describe('layout rules read from a .docx (issue 14)', function () {
  this.timeout(60_000);

  it('a Word file laid out to GB/T 9704 breaks none of them', async () => {
    assert.deepEqual(await findings({}), []);
    // Nor does a run-in heading (一、检查范围。 in 黑体, the rest of the line in 仿宋).
    assert.deepEqual(await findings({ runInHeading: true }), []);
  });

  const cases: Array<[string, Faults, RegExp[]]> = [
    ['headings in 宋体', { headingFont: '宋体' }, [/^docx-heading-font “一、”层次标题的字体为“宋体”（1 处），应为黑体/, /^docx-heading-font “（一）”层次标题的字体为“宋体”（1 处），应为楷体/]],
    ['a line pitch of 30 pt', { lineTwips: 600 }, [/^docx-grid 正文的行距每面只能排 21 行，应为 22 行/]],
    ['16 pt characters not condensed', { condense: 0 }, [/^docx-grid 正文每行排 27 个字，应为 28 个/]],
    ['the date left-aligned', { dateAlign: 'left' }, [/^docx-date-position 成文日期没有右对齐/]],
    ['the date one character in', { dateRightChars: 1 }, [/^docx-date-position 成文日期右空约 1 字，应右空四字/]],
    ['no page number', { footer: 'none' }, [/^docx-page-number 文档没有页码/]],
    ['a page number centred on every page', { footer: 'centered' }, [/^docx-page-number 页码没有居外侧/]],
    ['a bare page number', { footer: 'plain' }, [/^docx-page-number 页码的形式为“1”，应为“— 1 —”/]],
    ['a page number in 五号', { footer: 'small' }, [/^docx-page-number 页码字号为 10\.5 磅，应为四号/]],
    ['no 版记 lines', { colophon: 'none' }, [/^docx-colophon-lines 版记的首条分隔线缺失/, /^docx-colophon-lines 版记的末条分隔线缺失/, /^docx-colophon-lines 版记中两个要素之间没有分隔线/]],
    ['a thin first line', { colophon: 'thin-first' }, [/^docx-colophon-lines 版记的首条分隔线约 0\.26 mm，应为粗线/]],
    ['no line between 抄送 and 印发', { colophon: 'no-middle' }, [/^docx-colophon-lines 版记中两个要素之间没有分隔线/]],
    ['a thick line between 抄送 and 印发', { colophon: 'thick-middle' }, [/^docx-colophon-lines 版记中间的分隔线约 0\.35 mm，应为细线/]],
    ['page-number digits in 仿宋 (the Latin font), 宋体 for the rest', { footer: 'fangsong-digits' }, [/^docx-page-number 页码字体为“FangSong”，应为宋体/]],
  ];
  for (const [name, faults, expected] of cases) {
    it(`${name}: told, and nothing else`, async () => {
      const got = await findings(faults);
      assert.equal(got.length, expected.length, got.join('\n'));
      for (const re of expected) assert.ok(got.some((g) => re.test(g)), `${re} in\n${got.join('\n')}`);
    });
  }

  it('the 版记 as one bordered group: Word draws its top, its bottom and w:between, not each paragraph\'s own lines', async () => {
    // Two paragraphs with the same borders are one group: without w:between there is no line between them.
    const grouped = await findings({ colophon: 'grouped' });
    assert.equal(grouped.length, 1);
    assert.match(grouped[0], /^docx-colophon-lines 版记中两个要素之间没有分隔线/);
    // With a thin w:between (the `docx` package writes none: added to its XML here), the group is right.
    const files = unzipSync(await build({ colophon: 'grouped' }));
    const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const xml = new DOMParser().parseFromString(new TextDecoder().decode(files['word/document.xml']), 'text/xml');
    for (const bdr of Array.from(xml.getElementsByTagNameNS(w, 'pBdr'))) {
      const between = xml.createElementNS(w, 'w:between');
      for (const [k, v] of [['val', 'single'], ['sz', '6'], ['space', '1'], ['color', '000000']]) between.setAttributeNS(w, `w:${k}`, v);
      bdr.appendChild(between);
    }
    files['word/document.xml'] = new TextEncoder().encode(new XMLSerializer().serializeToString(xml));
    const pkg = openPackage(zipSync(files));
    assert.deepEqual(checkDocxLayout(pkg, readDocxText(pkg)).map((f) => f.ruleId), []);
  });

  it('a page number in a text box (the usual template) is read once, not again from its fallback or its holder', async () => {
    const files = unzipSync(await build({}));
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      + 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';
    const box = (align: string) => `<w:txbxContent><w:p><w:pPr><w:jc w:val="${align}"/></w:pPr><w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>`
      + '<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'
      + '<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:txbxContent>';
    const footer = (align: string) => `<?xml version="1.0" encoding="UTF-8"?><w:ftr ${ns}><w:p><w:r><mc:AlternateContent>`
      + `<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>${box(align)}</wps:txbx></wps:wsp></w:drawing></mc:Choice>`
      + `<mc:Fallback><w:pict><v:shape><v:textbox>${box(align)}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p></w:ftr>`;
    const footers = Object.keys(files).filter((n) => /^word\/footer\d+\.xml$/.test(n)).sort();
    assert.equal(footers.length, 2);
    const rels = new TextDecoder().decode(files['word/_rels/document.xml.rels']);
    const doc = new TextDecoder().decode(files['word/document.xml']);
    // Which footer part is the odd pages' (default) one: through the section's reference and the relationships.
    const defaultId = /<w:footerReference w:type="default" r:id="(rId\d+)"/.exec(doc)![1];
    const defaultPart = 'word/' + new RegExp(`Id="${defaultId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${defaultId}"`).exec(rels)!.slice(1).find(Boolean);
    for (const name of footers) files[name] = new TextEncoder().encode(footer(name === defaultPart ? 'right' : 'left'));
    const pkg = openPackage(zipSync(files));
    const layout = readLayout(pkg, readDocxText(pkg));
    assert.deepEqual(layout.footers.map((f) => [f.kind, f.text, f.align]).sort(), [['default', '— # —', 'right'], ['even', '— # —', 'left']]);
    assert.deepEqual(checkDocxLayout(pkg, readDocxText(pkg)).map((f) => f.ruleId), []);
  });

  it('footers carried over from an earlier section: the last section names none of its own', async () => {
    assert.deepEqual(await findings({ secondSection: true }), []);
  });

  it('font names: a 仿宋, 中宋 or 雅黑 is no 宋体 or 黑体', () => {
    assert.ok(isFamily('宋体', 'songti') && isFamily('SimSun', 'songti') && isFamily('华文宋体', 'songti'));
    assert.ok(!isFamily('仿宋', 'songti') && !isFamily('FangSong', 'songti') && !isFamily('华文中宋', 'songti') && !isFamily('方正小标宋简体', 'songti'));
    assert.ok(isFamily('黑体', 'heiti') && isFamily('SimHei', 'heiti') && !isFamily('微软雅黑', 'heiti') && !isFamily('Microsoft YaHei', 'heiti'));
  });

  it('the date may stand 右空二字 (no seal) or be pushed in by full-width spaces', async () => {
    assert.deepEqual(await findings({ dateRightChars: 2 }), []);
    assert.deepEqual(await findings({ dateRightChars: 0, dateTrailing: '\u3000\u3000\u3000\u3000' }), []);
  });

  it('reads the footers, grid, spacing and borders as Word resolves them', async () => {
    const pkg = openPackage(await build({}));
    const model = readDocxText(pkg);
    const layout = readLayout(pkg, model);
    assert.equal(layout.evenAndOddFooters, true);
    assert.deepEqual(layout.footers.map((f) => [f.kind, f.text, f.hasPageField, f.align, f.look.sizePt]).sort(), [
      ['default', '— # —', true, 'right', 14],
      ['even', '— # —', true, 'left', 14],
    ]);
    const body = layout.paragraphs[2];
    assert.deepEqual(body.line, { rule: 'exact', value: 28.95 });
    assert.equal(body.spacingPt, -0.25);
    assert.equal(linePitchOf(body, layout.grid), 28.95);
    const imprint = layout.paragraphs[layout.paragraphs.length - 1];
    assert.deepEqual(imprint.borderBottom, { style: 'single', widthPt: 1 });
  });

  it('the GB/T 9704 export of every kind of block keeps them all', async () => {
    const text = [
      '某某市教育局文件', '', '某教发〔2024〕5号', '', '某某市教育局关于开展校园安全检查的通知', '', '各区县教育局：',
      '　　为加强校园安全管理，现就有关事项通知如下。', '　　一、检查范围', '　　全市各级各类学校。', '　　（一）检查内容', '　　校舍、消防和食品安全。',
      '　　特此通知。', '', '附件：检查表', '', '某某市教育局', '2024年3月5日', '', '抄送：市人民政府办公室，市公安局。', '某某市教育局办公室　　2024年3月5日印发',
    ].join('\n');
    const pkg = openPackage(await writeDocx(parse(text)));
    assert.deepEqual(checkDocxLayout(pkg, readDocxText(pkg)).map((f) => `${f.ruleId} ${f.message}`), []);
  });

  it('each rule can be switched off or raised in the configuration, like a text rule', async () => {
    const pkg = openPackage(await build({ footer: 'none', colophon: 'none' }));
    const model = readDocxText(pkg);
    const off = checkDocxLayout(pkg, model, { rules: { 'docx-page-number': { severity: 'off' }, 'docx-colophon-lines': { severity: 'error' } } });
    assert.ok(!off.some((f) => f.ruleId === 'docx-page-number'));
    assert.ok(off.filter((f) => f.ruleId === 'docx-colophon-lines').every((f) => f.severity === 'error'));
    assert.ok(off.some((f) => f.ruleId === 'docx-colophon-lines'));
  });

  it('SARIF reports describe the layout rules like the text rules (name, description, help link)', async () => {
    const pkg = openPackage(await build({ footer: 'none' }));
    const model = readDocxText(pkg);
    const sarif = toSarif([{ path: 'a.docx', text: model.text, genre: null, linted: true, findings: checkDocxLayout(pkg, model), fixedCount: 0 }], '0.0.0') as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; name?: string; helpUri?: string }> } } }>;
    };
    const rule = sarif.runs[0].tool.driver.rules.find((r) => r.id === 'docx-page-number');
    assert.equal(rule?.name, '页码“— 1 —”四号居外侧');
    assert.equal(rule?.helpUri, 'https://github.com/wenmi-dev/wenmi/blob/main/docs/rules.md#docx-page-number');
  });

  it('every rule has its metadata, a GB/T 9704 clause and a docs link', () => {
    for (const r of docxRules) {
      assert.match(r.meta.id, /^docx-[a-z0-9-]+$/);
      assert.match(r.meta.source, /^GB\/T 9704—2012 \d/);
      assert.equal(r.docs, `https://github.com/wenmi-dev/wenmi/blob/main/docs/rules.md#${r.meta.id}`);
    }
  });
});
