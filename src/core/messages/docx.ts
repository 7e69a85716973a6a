/** Chinese text of the layout rules read from a .docx (src/docx/rules) and of the review. */
export const docxMessages = {
  'docx-page-a4.found': '纸张为 {width} mm × {height} mm，不是 A4。国标规定（GB/T 9704 5.2.1）公文用纸采用 A4 型纸（210 mm × 297 mm）。',
  'docx-margins.found': '{which}为 {found} mm，应为 {want} mm（允许误差 ±{tolerance} mm）。国标规定（GB/T 9704 5.2.2.1）天头 37 mm，订口 28 mm，版心 156 mm × 225 mm。',
  'docx-body-font.size': '正文字号为 {found} 磅（{count} 段），应为三号（16 磅）。国标规定（GB/T 9704 5.2.2.2、7.3.3）正文一般用 3 号仿宋体字。',
  'docx-body-font.family': '正文字体为“{found}”（{count} 段），应为仿宋（仿宋_GB2312／仿宋）。国标规定（GB/T 9704 7.3.3）正文一般用 3 号仿宋体字。',
  'docx-title-font.size': '标题字号为 {found} 磅，应为二号（22 磅）。国标规定（GB/T 9704 7.3.1）标题一般用 2 号小标宋体字。',
  'docx-title-font.family': '标题字体为“{found}”，应为小标宋体（方正小标宋简体等）。国标规定（GB/T 9704 7.3.1）标题一般用 2 号小标宋体字。',
  'docx-title-font.align': '标题没有居中。国标规定（GB/T 9704 7.3.1）标题编排于红色分隔线下空二行位置，分一行或多行居中排布。',
  'docx-issuer-red.found': '发文机关标志“{text}”的颜色为 {color}，不是红色。国标规定（GB/T 9704 7.2.4）发文机关标志推荐使用红色小标宋体字。',
} as const;
