/**
 * The sample draft the walkthrough opens (Wenmi: Open a Sample Draft): a 请示 with the textbook mistakes a
 * drafter meets first — a stacked 文种 in the title, a 发文字号 in square brackets with 第 and a 虚位, two
 * recipients, a closing with the wrong marks — so that the squiggles, hovers and quick fixes have work to do.
 */
export const SAMPLE_DRAFT = [
  '某某市教育局文件',
  '',
  '某教[2026]第05号',
  '',
  '某某市教育局关于增拨校舍维修经费的请示报告',
  '',
  '市人民政府、市财政局：',
  '',
  '　　今年入汛以来，我市部分农村学校校舍出现渗漏，经排查共有12所学校需要维修，所需经费380万元，年初预算未安排。',
  '　　为保障师生安全，恳请增拨校舍维修经费380万元。',
  '　　妥否？请批示！',
  '',
  '　　　　　　　　　　　　　　　　　　　　某某市教育局',
  '　　　　　　　　　　　　　　　　　　　　2026年3月5日',
  '',
].join('\n');
