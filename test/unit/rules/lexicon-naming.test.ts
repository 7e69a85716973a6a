import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) => `××市人民政府关于做好对外交流工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府\n2025年3月5日\n`;

/** A notice with its 成文日期 (entries with a date, since, read it). */
const dated = (body: string, date = '2025年3月5日') => `××市人民政府办公室关于做好健康促进工作的通知\n\n各区县人民政府：\n　　${body}\n\n××市人民政府办公室\n${date}\n`;

ruleCases('lexicon-naming', {
  valid: [
    { text: dated('由市卫生和计划生育委员会牵头。', '2016年3月5日'), why: 'before the 2018 reform the old name was the name (since)' },
    { text: dated('原国土资源局承担的职责划入市自然资源和规划局。'), why: '原…… names the former body on purpose' },
    { text: dated('贯彻浙江省环境保护厅、浙江省水利厅《关于加强水源保护的指导意见》（浙环发〔2015〕46号）。'), why: 'the issuer of an earlier document, by its name then' },
    { text: dated('请银保监会派出机构配合。', '2022年6月1日'), why: 'before the 2023 reform' },
    { text: doc('增强民族自信心和自豪感。'), why: '民族自信 outside the 四个自信' },
    { text: doc('经自治区人民政府办公厅同意，省人民政府办公厅转发。'), why: 'a region’s and a province’s 办公厅' },
    { text: doc('坚持以邓小平理论、“三个代表”重要思想、科学发展观为指导。'), why: 'the formulation with its quotation marks' },
    { text: doc('我省经贸代表团应邀访问朝鲜和韩国。'), why: 'the standard names of the countries' },
    { text: doc('东北朝鲜族聚居地区要做好边境管理。'), why: '北朝鲜 inside 东北朝鲜族 is no country name' },
    { text: doc('转发《关于三个代表重要思想学习的通知》。'), why: 'inside a cited title the text is as its issuer wrote it' },
    { text: doc('来自广西壮族自治区的代表团参加了交流活动。'), why: 'the full name of the autonomous region' },
    { text: doc('切实增强“四个意识”、坚定“四个自信”、做到“两个维护”。'), why: 'quoted formulations' },
  ],
  invalid: [
    { text: doc('严格落实中央八条规定精神。'), found: ['八条规定'], message: '八项规定' },
    { text: doc('统筹推进“五位一体”战略布局。'), found: ['“五位一体”战略布局'], message: '总体布局' },
    { text: dated('由市卫生和计划生育委员会牵头，市环境保护局配合。'), found: ['卫生和计划生育委员会', '环境保护局'], severity: 'warning', message: '卫生健康委员会' },
    { text: dated('请中国银行保险监督管理委员会临州监管分局督促辖区银行做好服务。'), found: ['中国银行保险监督管理委员会'], message: '国家金融监督管理总局' },
    { text: dated('由县安监局牵头。', '2018年9月1日'), found: ['安监局'], severity: 'info' },
    { text: '××局关于做好安全生产工作的通知\n\n各科室：\n　　由县国土资源局配合。\n', found: ['国土资源局'], severity: 'info' },
    { text: doc('加快建设法制政府，营造公平透明的营商环境。'), found: ['法制政府'], message: '法治政府' },
    { text: doc('坚定道路自信、理论自信、制度自信、民族自信。'), found: ['民族自信'], message: '文化自信' },
    { text: doc('经临河县人民政府办公厅同意，现将有关事项通知如下。'), found: ['县人民政府办公厅'], message: '县人民政府办公室' },
    { text: doc('坚持以邓小平理论、三个代表重要思想为指导。'), found: ['三个代表重要思想'], severity: 'warning', suggestions: ['“三个代表”重要思想'], message: '规范表述' },
    { text: doc('我省经贸代表团应邀访问北朝鲜。'), found: ['北朝鲜'], suggestions: ['朝鲜'], suggested: doc('我省经贸代表团应邀访问朝鲜。') },
    { text: doc('来自广西省的代表团参加了交流活动。'), found: ['广西省'], suggestions: ['广西壮族自治区'] },
    { text: doc('深入开展党的群众路线实践教育活动。'), found: ['群众路线实践教育活动'], suggestions: ['群众路线教育实践活动'] },
    { text: doc('全党要增强四个意识。'), found: ['四个意识'], suggestions: ['“四个意识”'] },
  ],
});
