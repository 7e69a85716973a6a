import { ruleCases } from '../helpers/ruleTester';

ruleCases('genre-award-decision', {
  valid: [
    { text: '××市人民政府关于做好表彰大会筹备工作的通知', why: 'preparing a meeting, not praising' },
    { text: '××县人民政府关于表彰2023年度安全生产先进单位的决定', why: 'a 决定 rewards' },
    { text: '××局关于表扬张三同志拾金不昧的通报', why: 'a 通报 praises' },
    { text: '××市人民政府关于命名青山大道等5条道路的通知', why: 'naming roads is no reward' },
    { text: '××县人民政府关于开展“名教师”评选活动的通知', why: 'a 通知 that organises a selection grants nothing' },
    { text: '××市人民政府关于授予××等同志“劳动模范”称号的决定', why: 'a 决定 grants the title' },
    { text: '××市人民政府关于表彰2024年度安全生产先进单位的通报', why: '表彰先进 is a 通报\'s work' },
    { text: '××县人民政府关于××镇违规审批问题的通报', why: 'a 通报 of a wrong, no sanction in its title' },
    { text: '××局关于给予××通报批评的通报', why: '通报批评 is a 通报' },
    { text: '××局关于授予称号工作情况的报告', why: 'not a 通报' },
  ],
  invalid: [
    { text: '××县教育局关于表彰2023年度优秀教师的通知', found: ['表彰'], suggestions: ['决定', '通报'], message: '表彰先进' },
    { text: '××局关于表扬张三同志拾金不昧的通知', found: ['表扬'] },
    { text: '××县教育局关于对王某某同志给予警告处分的通知', found: ['给予警告处分'] },
    { text: '××县人民政府关于授予“××县名教师”称号的通知', found: ['授予'], message: '通知的事由' },
    { text: '×××关于授予××等同志“岗位标兵”称号的通报', found: ['授予'], suggestions: ['决定'] },
    { text: '××市人民政府关于追授××同志“见义勇为英雄”称号的通报', found: ['追授'] },
    { text: '××局关于给予××同志记大过处分的通报', found: ['给予××同志记大过处分'] },
    { text: '××市人民政府关于给予××消防救援支队记集体一等功的通报', found: ['给予××消防救援支队记集体一等功'] },
    { text: '××县关于嘉奖抗洪抢险有功人员的通报', found: ['嘉奖'] },
  ],
});
