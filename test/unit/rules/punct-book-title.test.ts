import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于学习法规的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2024年3月5日\n`;

ruleCases('punct-book-title', {
  valid: [
    { text: doc('根据《中华人民共和国水污染防治法》规定执行。'), why: 'the law in 书名号' },
    { text: '中华人民共和国个人所得税法实施条例\n（1994年1月28日中华人民共和国国务院令第142号发布）\n', why: 'a law’s own title on its line' },
    { text: doc('认真落实《××市国民经济和社会发展第十四个五年规划纲要》和“十四五”规划。'), why: 'a title in 书名号, the period in quotes' },
    { text: doc('认真学习《中华人民共和国公务员法》。'), why: 'double title marks' },
    { text: doc('转发《关于印发〈防汛应急预案〉的通知》。'), why: 'single title marks inside double ones' },
    { text: doc('当数值x<5且y>3时，按规定处理。'), why: 'comparison signs around no Chinese name' },
    { text: doc('请在<b>备注</b>栏内填写。'), why: 'HTML tags are masked' },
    { text: doc('比较a < 中间值 > b的情况。'), why: 'spaced angle brackets are comparison signs, not title marks' },
    { text: '××市人民政府关于印发《××市防汛\n应急预案》的通知\n\n各区县人民政府：\n　　现印发给你们。\n', why: 'a title mark pair across the two lines of a wrapped title' },
  ],
  invalid: [
    { text: doc('依据中华人民共和国水污染防治法第八十三条的规定予以处罚。'), found: ['中华人民共和国水污染防治法'], suggestions: ['《中华人民共和国水污染防治法》'], output: null },
    { text: doc('决定授予王××同志《梅岗县优秀共产党员》称号。'), found: ['《梅岗县优秀共产党员》'], suggestions: ['“梅岗县优秀共产党员”'], output: null },
    { text: doc('各单位要对照《十四五》规划确定的目标任务开展评估。'), found: ['《十四五》'], suggestions: ['“十四五”'], output: null },
    { text: '转报××公司关于<××>的请示', found: ['<', '>'], output: '转报××公司关于《××》的请示' },
    { text: doc('认真学习<中华人民共和国公务员法>。'), found: ['<', '>'], output: doc('认真学习《中华人民共和国公务员法》。') },
    { text: doc('认真学习〈中华人民共和国公务员法〉。'), found: ['〈', '〉'], output: doc('认真学习《中华人民共和国公务员法》。') },
    { text: doc('转发《关于印发《防汛应急预案》的通知》。'), found: ['《', '》'], output: doc('转发《关于印发〈防汛应急预案〉的通知》。') },
    { text: doc('转发《关于印发<防汛应急预案>的通知》。'), found: ['<', '>'], output: doc('转发《关于印发〈防汛应急预案〉的通知》。') },
    { text: doc('学习＜公务员法＞和<公文处理工作条例>。'), found: ['＜', '＞', '<', '>'], output: doc('学习《公务员法》和《公文处理工作条例》。') },
  ],
});
