/** Messages of the punctuation, number and wording rules (GB/T 15834, GB/T 15835; RULEBOOK §H, I, J). */
export const punctMessages = {
  'punct-halfwidth-in-cjk.found':
    '中文里用了半角{name}“{found}”：国标规定标点符号用法应当符合GB/T 15834，中文标点占一个字位置（GB/T 15834—2011 第5章，GB/T 9704—2012 第9章）。应改为全角“{fixed}”。',

  'punct-paired.unclosed': '这个“{mark}”在本段内没有配对的“{pair}”：国标规定引号、括号、书名号标在相应项目的两端，成对使用（GB/T 15834—2011 4.8、4.9、4.15）。请补上“{pair}”，或删去多余的“{mark}”。',
  'punct-paired.unopened': '这个“{mark}”在本段内前面没有配对的“{pair}”：国标规定引号、括号、书名号标在相应项目的两端，成对使用（GB/T 15834—2011 4.8、4.9、4.15）。请补上“{pair}”，或删去多余的“{mark}”。',

  'punct-quotes.straight': '中文里用了直引号 {found}：国标规定引号的形式是双引号“”和单引号‘’（GB/T 15834—2011 4.8）。应改为 {fixed}。',
  'punct-quotes.nested': '双引号里又用了双引号：国标规定引号里面还要用引号时，外面一层用双引号，里面一层用单引号（GB/T 15834—2011 4.8）。此处的 {found} 应改为 {fixed}。',
  'punct-quotes.outerSingle': '单引号 {found} 用在了外层：国标规定引号一般用双引号，引号里面还要用引号时才在里面一层用单引号（GB/T 15834—2011 4.8）。应改为 {fixed}。',
  'punct-quotes.lone': '中文里用了直引号 "，且本段找不到与之配对的引号：国标规定引号的形式是“”和‘’（GB/T 15834—2011 4.8）。请补全引号并改为弯引号。',

  'punct-book-title.period': '“{found}”把时期的简称放进了书名号。国标规定书名号标示书名、篇名、文件名等（GB/T 15834—2011 4.15），“{name}”不是文件名：写作“{name}”规划（引号），或标出规划的全称《……“{name}”规划》。',
  'punct-book-title.honour': '荣誉称号“{name}”用了书名号。国标规定书名号标示书名、篇名、报刊名、文件名等（GB/T 15834—2011 4.15）；称号名称用引号，写作“{name}”称号。',
  'punct-book-title.lawName': '法律、法规名称“{name}”没有加书名号。国标规定书名号标示书名、篇名、文件名、法规名等（GB/T 15834—2011 4.15）：写作《{name}》。',
  'punct-book-title.suggestBook': '加书名号：《{name}》',
  'punct-book-title.suggestQuotes': '改用引号：“{name}”',
  'punct-book-title.angle': '尖括号 {found} 不是书名号：国标规定书名号的形式是双书名号《》和单书名号〈〉（GB/T 15834—2011 4.15）。应改为 {fixed}。',
  'punct-book-title.singleOuter': '单书名号 {found} 用在了外层：国标规定书名号里边还要用书名号时才用单书名号〈〉，外层用双书名号《》（GB/T 15834—2011 4.15）。应改为 {fixed}。',
  'punct-book-title.nested': '书名号里又用了双书名号：国标规定书名号里边还要用书名号时，外面一层用双书名号，里边一层用单书名号（GB/T 15834—2011 4.15）。此处的 {found} 应改为 {fixed}。',

  'punct-no-dunhao-between-marks.found': '并列的{kind}之间用了顿号：国标规定标有引号、书名号的并列成分之间通常不用顿号，只有中间插有括注等其他成分时才用（GB/T 15834—2011 4.5.3.5）。应删去此顿号。',

  'punct-repeated.found': '“{mark}”连打了两次：一处只用一个标点符号（GB/T 15834—2011），应删去多余的“{mark}”。',
  'punct-deng.found': '“等”前用了“{mark}”：列举后的“等”“等等”前不用顿号或逗号（GB/T 15834—2011 附录B，条号待核），如“财政、人社等部门”。应删去“{mark}”。',

  'punct-ellipsis.withDeng': '“{found}”：省略号已表示列举未尽，后面不再用“等”“等等”（GB/T 15834—2011 4.11），二者保留一个。',
  'punct-ellipsis.dropDeng': '删去“{deng}”',
  'punct-ellipsis.dropEllipsis': '删去省略号',
  'punct-ellipsis.found': '“{found}”不是规范的省略号：国标规定省略号的形式是六连点“……”，占两个字位置（GB/T 15834—2011 4.11）。应改为“……”。',
  'punct-ellipsis.doubledDunhao': '连用两个顿号“、、”：若表示省略，国标规定省略号写作“……”（GB/T 15834—2011 4.11）；若是多打了一个顿号，删去一个即可。',
  'punct-ellipsis.suggest': '改为“{fixed}”',

  'punct-dash.typed': '“{found}”不是规范的破折号：国标规定破折号的形式是“——”，占两个字位置（GB/T 15834—2011 4.10）。应改为“——”。',
  'punct-dash.range': '数值或年份的起止用了破折号“{found}”：国标规定标示起止用一字线“—”，数值范围也可用浪纹线“～”（GB/T 15834—2011 4.13）。应改为“—”。',
  'punct-dash.single': '两段文字之间只用了一个“—”：若是破折号，国标规定其形式是“——”，占两个字位置（GB/T 15834—2011 4.10）；若是标示起止的一字线则不用改。',
  'punct-dash.hyphen': '汉字之间用了半角短横线“-”：若标示地域、时间的起止，国标规定用一字线“—”，如“北京—上海”（GB/T 15834—2011 4.13）；若是复合名称中的连接（如“吐鲁番-哈密盆地”）则不用改。',
  'punct-dash.suggest': '改为“{fixed}”',

  'punct-doc-citation-brackets.year': '引用的发文字号“{number}”中年份用了“{found}”：国标规定发文字号的年份用六角括号“〔〕”括入（GB/T 9704—2012 7.2.5）。应改为“{fixed}”。',
  'punct-doc-citation-brackets.outer': '引用公文时，标题后的发文字号“{number}”用了“{found}”括起：实务通常用圆括号“（）”括起，如《关于……的通知》（国发〔2013〕1号）。应改为“{fixed}”。',

  'num-traditional-calendar.lunar': '“{found}”是农历月日：国标规定农历月日等非公历纪年用汉字数字（GB/T 15835—2011），如“正月初五”“八月十五中秋”。应写作“{fixed}”。',
  'num-traditional-calendar.reign': '“{found}”是历史朝代纪年（或其后的月日）：国标规定清代和清代以前的历史纪年用汉字数字，并用阿拉伯数字括注公历（GB/T 15835—2011），如“清咸丰十年九月二十日”。应写作“{fixed}”。',
  'num-traditional-calendar.suggest': '写作“{fixed}”',
  'num-date-dotted.found': '日期“{found}”写成了用符号分隔的全数字形式：正文中的日期写作“×年×月×日”“×月×日”（GB/T 15835—2011 示例“1994年10月1日”），应写作“{fixed}”。',
  'num-date-dotted.suggest': '写作“{fixed}”',
  'num-approx-exact.found': '“{found}”精确到两位小数，又加“{approx}”表示概数，精确数与概数自相矛盾：写精确数就删去“{approx}”，写概数就取整。',
  'num-approx-exact.suggest': '删去“{approx}”',
  'punct-book-title-name.found': '{found}是会议、活动、比赛或奖项的名称，不是作品：书名号只标示书名、篇名、文件名和作品名（GB/T 15834—2011 4.15），这类名称不用书名号，需要突出时用引号。',
  'punct-book-title-name.suggestPlain': '去掉书名号：{name}',
  'punct-book-title-name.suggestQuotes': '改用引号：“{name}”',
  'num-multiple.decrease': '“{found}”用倍数表示减少：倍数只用于表示增加，减少应改用分数或百分数，如“减少了一半”“降低50%”。',
  'num-multiple.increase': '“{found}”与句中的数字不符：后一个数是前一个数的{times}倍，应是“增加了{added}倍”，或“增加到原来的{times}倍”（“增加了”不含原数）。',
  'num-mixed-forms.century': '“{found}”的世纪和年代一个用汉字、一个用阿拉伯数字：同一日期的数字形式应一致，国标写作“20世纪80年代”（GB/T 15835—2011），应写作“{fixed}”。',
  'num-time-clock.found': '“{found}”把十二小时制的“{part}”和二十四小时制的“{hour}”连用，自相矛盾：写作二十四小时制（去掉“{part}”），或写作十二小时制（GB/T 15835—2011 示例“15时40分（下午3点40分）”）。',
  'num-time-clock.ratioSign': '时刻“{found}”的时分之间用了比号“∶”：国标的时刻示例用冒号（GB/T 15835—2011，“15:40”）。',
  'num-time-clock.suggest': '写作“{fixed}……”',
  'num-mixed-forms.percentWords': '百分比“{found}”用了汉字：国标规定用于计量的数字（含百分比）用阿拉伯数字（GB/T 15835—2011，如“34.05%”），可写作“{fixed}”。',
  'num-mixed-forms.twoUnits': '“{found}”把一个数值拆成“亿”“万”两段书写：国标规定这样的数值可写作“3.45亿”或“34500万”，一般不写作“3亿4500万”（GB/T 15835—2011），应写作“{fixed}”。',
  'num-year-abbrev.found': '年份“{found}”简写了：国标规定年份不应简写，如“1990年”不写为“90年”（GB/T 15835—2011）。应写全四位，如“{fixed}”。',
  'num-year-abbrev.docNo': '发文字号的年份“{found}”只写了两位：国标规定年份应标全称，用六角括号括入（GB/T 9704—2012 7.2.5，GB/T 15835—2011）。应写全四位，如“{fixed}”。',
  'num-year-abbrev.suggest': '写作“{fixed}”',

  'num-fullwidth-digits.found': '“{found}”用了全角数字：阿拉伯数字应使用半角，占半个汉字位置（GB/T 15835—2011）。应改为“{fixed}”。',

  'num-approx-no-dunhao.suggest': '写作“{fixed}”（表示概数时）',
  'num-approx-no-dunhao.ji': '“{found}”是带“几”的概数：国标规定带“几”的概数用汉字数字（GB/T 15835—2011，如“十几”“几百”“三千几百万”），应写作“{fixed}”。',
  'num-approx-no-dunhao.found': '“{found}”是两个相邻数字连用表示的概数：国标规定概数用汉字数字，两数之间不用顿号（GB/T 15835—2011，GB/T 15834—2011 4.5.3.4），如“三四天”。应写作“{fixed}”。',

  'num-mixed-forms.date': '日期“{found}”汉字数字与阿拉伯数字混用。一个日期只用一种数字形式：公历日期用阿拉伯数字（GB/T 15835—2011 4.1），如“2004年4月1日”。',
  'num-mixed-forms.yearZero': '年份“{found}”用汉字数字书写，却把“〇”写成了阿拉伯数字“0”或字母“O”。一个数值不能混用两种数字形式（GB/T 15835—2011）：汉字数字的零写作“〇”，即“{fixed}”；公历年份也可用阿拉伯数字。',
  'num-mixed-forms.percent': '“{found}”把百分数写成了汉字与阿拉伯数字混合的形式（GB/T 15835—2011：一个数值不能同时采用两种形式）。写作“{fixed}”，或全用汉字。',
  'num-mixed-forms.chineseMeasure': '“{found}”是计量的数值，却用汉字数字书写。国标规定（GB/T 15835—2011）用于计量的数字（百分比、金额、数量）一般用阿拉伯数字，如“5.8%”“12.3亿元”。',
  'num-mixed-forms.found': '“{found}”混用了阿拉伯数字和汉字数字：国标规定除“万”“亿”外，一个数值不能同时采用两种形式，如“4000”可写作“四千”，但不能写作“4千”（GB/T 15835—2011）。可写作“{fixed}”或全用汉字。',
  'num-mixed-forms.foundPlain': '“{found}”混用了阿拉伯数字和汉字数字：国标规定除“万”“亿”外，一个数值不能同时采用两种形式（GB/T 15835—2011）。请全用阿拉伯数字或全用汉字。',
  'num-mixed-forms.years': '年份“{found}”用了汉字数字，而正文其他地方写作“{other}”：同一文本中同类数字应采用同一形式（GB/T 15835“同类别同形式”），公文正文中的年份一般用阿拉伯数字。',
  'num-mixed-forms.yearsModern': '年份“{found}”用了汉字数字：国标规定（GB/T 15835）公历世纪、年代、年、月、日用阿拉伯数字，现行公文正文写作“{fixed}”。政策文件名称中的年份（如“二〇三五年远景目标”）按原名称照录。',
  'num-mixed-forms.suggest': '写作“{fixed}”',

  'num-range-unit.found': '数值范围“{found}”省略了前一个数值的“{unit}”，会造成歧义：国标规定此时不应省略（GB/T 15835—2011），如“15%～30%”不写“15～30%”。应写作“{fixed}”。',

  'num-date-hao.found': '日期“{found}”用了口语的“号”。公文是书面语，日期写作“×月×日”，应写作“{fixed}”。',
  'num-date-hao.suggest': '改为“{fixed}”',
  'num-leading-zero-decimal.found': '纯小数“{found}”没有写出小数点前的“0”：国标规定纯小数必须写出小数点前定位的“0”（GB/T 15835—2011）。应写作“{fixed}”。',

  'num-fixed-expressions.found': '“{found}”是已定型的词语：国标规定定型的词语、惯用语、缩略语中作为语素的数字用汉字（GB/T 15835—2011）。应写作“{fixed}”。',

  'wording-confusables.found': '“{wrong}”宜作“{right}”：{reason}（实务）。',
  'wording-confusables.suggest': '改为“{right}”',
  'lexicon-variant.found': '“{wrong}”是非推荐词形，宜作“{right}”（{source}）。{note}',
  'lexicon-traditional.found': '简体公文中用了繁体字“{found}”，规范汉字作“{right}”（《通用规范汉字表》）。',
  'lexicon-traditional.variant': '“{found}”是异体字，规范汉字作“{right}”（《通用规范汉字表》附件1）。',
  'lexicon-traditional.suggest': '改为“{right}”',
  'lexicon-typo.found': '“{wrong}”疑为别字，宜作“{right}”（{source}）。{note}',
  'lexicon-usage.found': '公文惯用“{right}”，不宜作“{wrong}”（{source}）。{note}',
  'lexicon-naming.found': '规范表述为“{right}”，不宜作“{wrong}”（{source}）。{note}',
  'lexicon-redundancy.found': '“{wrong}”语义重复，宜作“{right}”（{source}）。{note}',
  'lexicon-idiom.found': '“{wrong}”疑为成语“{right}”之误（一字音同或形近而写错）。{note}',
  'lexicon.note': '说明：{note}',
  'lexicon.suggest': '改为“{right}”',
} as const;
