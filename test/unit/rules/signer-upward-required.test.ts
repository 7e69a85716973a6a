import { ruleCases } from '../helpers/ruleTester';

const request = (header: string, body = '为保障防汛工作，拟购置抢险设备一批。') =>
  `${header}\n\n××县水利局关于购置防汛抢险设备的请示\n\n××县人民政府：\n　　${body}\n　　妥否，请批示。\n\n××县水利局\n2024年3月5日\n`;
const notice = (header: string) =>
  `${header}\n\n××县人民政府关于做好防汛工作的通知\n\n各乡镇人民政府：\n　　现将有关事项通知如下。\n\n××县人民政府\n2024年3月5日\n`;

ruleCases('signer-upward-required', {
  valid: [
    { text: request('××县水利局文件\n×水呈〔2024〕5号　　签发人：张三'), why: 'a 请示 whose 签发人 shares the 发文字号 line' },
    { text: request('××县水利局文件\n×水呈〔2024〕5号\n签发人：张三'), why: 'the 签发人 on its own line' },
    { text: request('××县水利局文件\n×水呈〔2024〕5号\n签发人：张三　李四'), why: 'two 签发人 (a joint document)' },
    { text: notice('××县人民政府文件\n×府发〔2024〕5号'), why: 'a 通知 (下行文) needs no 签发人' },
    { text: request('').replace(/^\n\n/, ''), why: 'a draft without any 版头: only drafts with a 版头 are asked for the 签发人' },
    { text: request('××县水利局文件\n×水呈〔2024〕5号　　签发人：张三', '签发人 张三同志已审核:见https://example.gov.cn/a:b。'), why: '签发人 words in the 正文 are not the header line' },
  ],
  invalid: [
    { text: request('××县水利局文件\n×水呈〔2024〕5号'), found: ['×水呈〔2024〕5号'], output: null, severity: 'info', message: '上行文' },
    { text: request('××县水利局文件\n×水呈〔2024〕5号　　签发人:张三'), found: ['签发人:'], output: request('××县水利局文件\n×水呈〔2024〕5号　　签发人：张三'), severity: 'error', message: '半角冒号' },
    { text: request('××县水利局文件\n×水呈〔2024〕5号\n签发人 张三'), found: ['签发人'], output: request('××县水利局文件\n×水呈〔2024〕5号\n签发人：张三'), message: '空格' },
    { text: request('××县水利局文件\n×水呈〔2024〕5号\n签发人　：张三'), found: ['签发人　：'], output: request('××县水利局文件\n×水呈〔2024〕5号\n签发人：张三') },
    { text: request('××县水利局文件\n×水呈〔2024〕5号\n签发人：'), found: ['签发人：'], output: null, message: '没有姓名' },
    { text: notice('××县人民政府文件\n×府发〔2024〕5号\n签发人:王五'), found: ['签发人:'], output: notice('××县人民政府文件\n×府发〔2024〕5号\n签发人：王五') },
  ],
});
