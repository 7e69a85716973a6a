import { ruleCases } from '../helpers/ruleTester';

const doc = (body: string) =>
  `××市人民政府办公室关于规范公文处理工作的通知\n\n各区县人民政府：\n　　${body}\n　　特此通知。\n\n××市人民政府办公室\n2024年3月5日\n`;

ruleCases('cite-obsolete-basis', {
  valid: [
    { text: doc('根据《党政机关公文处理工作条例》（中办发〔2012〕14号）和GB/T 9704—2012《党政机关公文格式》，现通知如下。'), why: 'the current regulation and standard' },
    { text: doc('《国家行政机关公文处理办法》（国发〔2000〕23号）已停止执行，各单位不得再作为依据。'), why: 'a sentence saying the old rules are no longer in force' },
    { text: doc('GB/T 9704—1999已被GB/T 9704—2012代替。'), why: 'saying the old standard was replaced' },
    { text: doc('有人说“按照国家行政机关公文处理办法办”，这种说法已经过时。'), why: 'words quoted from someone else' },
    { text: doc('请登录https://example.gov.cn/2000/23查看GB/T 9704-2012 and the English summary.'), why: 'near-misses: a URL with 2000/23 and the current standard number' },
  ],
  invalid: [
    {
      text: doc('根据《国家行政机关公文处理办法》，现通知如下。'),
      found: ['国家行政机关公文处理办法'],
      suggestions: ['党政机关公文处理工作条例'],
      severity: 'warning',
      message: '第四十二条',
    },
    { text: doc('按照国发〔2000〕23号文件要求，现通知如下。'), found: ['国发〔2000〕23号'], suggestions: ['中办发〔2012〕14号'] },
    { text: doc('公文格式执行GB/T 9704-1999的规定。'), found: ['GB/T 9704-1999'], suggestions: ['GB/T 9704—2012'], message: '代替' },
    { text: doc('依据《中国共产党机关公文处理条例》，现通知如下。'), found: ['中国共产党机关公文处理条例'] },
    { text: doc('版式按照《国家行政机关公文格式》执行。'), found: ['国家行政机关公文格式'], suggestions: ['党政机关公文格式'] },
  ],
});
