import { ruleCases } from '../helpers/ruleTester';

ruleCases('genre-doubled', {
  valid: [
    { text: '青山市教育局关于以市政府名义印发青山市深化教育改革实施意见的请示', why: 'the 请示 asks the superior to issue an 意见' },
    { text: '××县自然资源局关于××光伏项目用地预审意见的函', why: 'a 预审意见 is a document of its own' },
    { text: '××局关于征求《××规划（征求意见稿）》修改意见的函', why: '征求修改意见: 意见 is what is asked for, not a genre word' },
    { text: '××区民防办关于曹杨职校应急避难场所项目建议书暨可研报告的请示', why: 'a feasibility study report is a document of its own, not the 文种 报告' },
    { text: '关于转发省政府关于加强安全生产的决定的通知', why: 'the 通知 forwards the 决定' },
    { text: '关于印发《××奖励办法》的通知', why: 'a single genre' },
    { text: '××局关于对××请示的复函', why: 'a reply that names the 请示 it answers' },
    { text: '××市教育局关于调整学校布局的请示', why: 'a single genre' },
    { text: '××市教育局关于2024年工作情况的报告', why: 'a single genre' },
    { text: '××市人民政府关于同意调整学校布局的批复', why: 'a single genre' },
    { text: '××区财政局关于商请追加经费的函', why: 'a single genre' },
    { text: '××县教育局转发市教育局关于做好请示报告制度落实工作的通知', why: '“请示报告制度” inside the 事由 is not the genre word' },
    { text: '××局关于报送《关于××的请示》的报告', why: 'the quoted 请示 is the cited document, the genre is 报告' },
  ],
  invalid: [
    { text: '关于××项目建设意见的函', found: ['意见的函'] },
    { text: '××县财政局关于申请追加办公经费的请示的函', found: ['请示的函'], suggestions: ['请示', '函'] },
    { text: '××市关于表彰先进集体的决定的通知', found: ['决定的通知'], suggestions: ['决定', '通知'] },
    { text: '××大学关于张××等6名同志任免决定的意见', found: ['决定的意见'] },
    { text: '关于通报表彰××同学的决定', found: ['通报'], suggestions: [''] },
    { text: '××市教育局关于调整学校布局的请示报告', found: ['请示报告'], suggestions: ['请示', '报告'] },
    { text: '关于增拨防汛经费的请示报告。', found: ['请示报告'], suggestions: ['请示', '报告'] },
    { text: '××局关于购置执法车辆的申请报告', found: ['申请报告'], suggestions: ['请示', '报告'] },
    { text: '××市人民政府关于同意设立××学校的批复函', found: ['批复函'], suggestions: ['批复', '函'] },
    { text: '××区教育局关于商请追加经费的请示函', found: ['请示函'], suggestions: ['请示', '函'] },
    { text: '××市教育局关于\n调整学校布局的\n请示报告\n\n市人民政府：\n　　正文。', found: ['请示报告'], suggestions: ['请示', '报告'] },
  ],
});
