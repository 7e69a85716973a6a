/**
 * The layout rules read from a .docx (issue 14, src/core/rules/docx): each one on a Word file with its fault set on
 * purpose — built with the `docx` package (the library the export uses), read back through styles, direct formatting,
 * the section's grid and its footers — and silent on the GB/T 9704 export. Table-driven: one row per fault.
 */
import { strict as assert } from 'node:assert';
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IParagraphOptions,
} from 'docx';
import { parse } from '../../src/core';
import { docxRules } from '../../src/core/rules/docx';
import { linePitchOf } from '../../src/core/rules/docx/docx-grid';
import { openPackage } from '../../src/docx/package';
import { checkDocxLayout } from '../../src/docx/rules';
import { readLayout } from '../../src/docx/layout';
import { readDocxText } from '../../src/docx/text';
import { writeDocx } from '../../src/docx/write';

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
  footer?: 'standard' | 'none' | 'centered' | 'plain' | 'small';
  colophon?: 'standard' | 'none' | 'thin-first' | 'no-middle';
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
  const footerPara = (align: 'left' | 'right') => {
    const kind = f.footer ?? 'standard';
    if (kind === 'none') return new Footer({ children: [] });
    const size = kind === 'small' ? 10.5 : 14;
    const number = run('', '宋体', size, { children: [PageNumber.CURRENT] });
    const dashed = kind === 'plain' ? [number] : [run('— ', '宋体', size), number, run(' —', '宋体', size)];
    return new Footer({ children: [new Paragraph({ alignment: kind === 'centered' ? AlignmentType.CENTER : align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT, children: dashed })] });
  };
  const dateIndent = f.dateRightChars ?? 4;
  const document = new Document({
    evenAndOddHeaderAndFooters: f.footer !== 'centered',
    styles: { default: { document: { run: { font: { eastAsia: FS }, size: 32 }, paragraph: { spacing: { line: f.lineTwips ?? 579, lineRule: LineRuleType.EXACT } } } } },
    sections: [{
      properties: {
        page: { size: { width: twips(210), height: twips(297) }, margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) } },
        grid: { type: DocumentGridType.DEFAULT, linePitch: f.lineTwips ?? 579 },
      },
      footers: { default: footerPara('right'), even: footerPara('left') },
      children: [
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
          border: lines ? { top: colophon === 'thin-first' ? thin : thick, bottom: colophon === 'no-middle' ? undefined : thin } : undefined,
          children: [run('抄送：市人民政府办公室，市公安局。', FS, 14)],
        }),
        new Paragraph({
          indent: { left: 280, right: 280 },
          border: lines ? { bottom: thick } : undefined,
          children: [run('某某市教育局办公室　　　　2024年3月5日印发', FS, 14)],
        }),
      ],
    }],
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
  ];
  for (const [name, faults, expected] of cases) {
    it(`${name}: told, and nothing else`, async () => {
      const got = await findings(faults);
      assert.equal(got.length, expected.length, got.join('\n'));
      for (const re of expected) assert.ok(got.some((g) => re.test(g)), `${re} in\n${got.join('\n')}`);
    });
  }

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

  it('every rule has its metadata, a GB/T 9704 clause and a docs link', () => {
    for (const r of docxRules) {
      assert.match(r.meta.id, /^docx-[a-z0-9-]+$/);
      assert.match(r.meta.source, /^GB\/T 9704—2012 \d/);
      assert.equal(r.docs, `https://github.com/wenmi-dev/wenmi/blob/main/docs/rules.md#${r.meta.id}`);
    }
  });
});
