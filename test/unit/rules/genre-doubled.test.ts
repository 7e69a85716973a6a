import { ruleCases } from '../helpers/ruleTester';

ruleCases('genre-doubled', {
  valid: [
    { text: '××市教育局关于调整学校布局的请示', why: 'a single genre' },
    { text: '××市教育局关于2024年工作情况的报告', why: 'a single genre' },
    { text: '××市人民政府关于同意调整学校布局的批复', why: 'a single genre' },
    { text: '××区财政局关于商请追加经费的函', why: 'a single genre' },
    { text: '××县教育局转发市教育局关于做好请示报告制度落实工作的通知', why: '“请示报告制度” inside the 事由 is not the genre word' },
    { text: '××局关于报送《关于××的请示》的报告', why: 'the quoted 请示 is the cited document, the genre is 报告' },
  ],
  invalid: [
    { text: '××市教育局关于调整学校布局的请示报告', found: ['请示报告'], suggestions: ['请示', '报告'] },
    { text: '关于增拨防汛经费的请示报告。', found: ['请示报告'], suggestions: ['请示', '报告'] },
    { text: '××局关于购置执法车辆的申请报告', found: ['申请报告'], suggestions: ['请示', '报告'] },
    { text: '××市人民政府关于同意设立××学校的批复函', found: ['批复函'], suggestions: ['批复', '函'] },
    { text: '××区教育局关于商请追加经费的请示函', found: ['请示函'], suggestions: ['请示', '函'] },
    { text: '××市教育局关于\n调整学校布局的\n请示报告\n\n市人民政府：\n　　正文。', found: ['请示报告'], suggestions: ['请示', '报告'] },
  ],
});
