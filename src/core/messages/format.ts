/** Messages of the format rules (GB/T 9704, GB/T 15834, GB/T 15835; RULEBOOK §D, E, F, I, J, K). */
export const formatMessages = {
  // docno-format
  'docno-format.found': '{where}发文字号“{found}”{problems}。国标规定（GB/T 9704 7.2.5）：年份应标全称，用六角括号“〔〕”括入；发文顺序号不加“第”字，不编虚位（即1不编为01），在阿拉伯数字后加“号”字。应写作“{fixed}”。',
  'docno-format.noFix': '{where}发文字号“{found}”{problems}。国标规定（GB/T 9704 7.2.5）年份应标全称（四位数字，如“〔2024〕”），用六角括号“〔〕”括入，顺序号不加“第”字、不编虚位、后加“号”字。请补全年份后改写。',
  'docno-format.cited': '文中引用的',
  'docno-format.bracket': '年份用了“{brackets}”括入，不是六角括号“〔〕”',
  'docno-format.lookalike': '年份用的“{brackets}”是外形相近的小写括号（U+FE5D/FE5E），不是六角括号“〔〕”（U+3014/U+3015）',
  'docno-format.yearUnbracketed': '年份“{year}”没有用六角括号括入',
  'docno-format.yearWord': '括号里的年份后加了“年”字',
  'docno-format.order': '年份写在了机关代字前面（顺序应为机关代字、年份、顺序号）',
  'docno-format.ziHan': '机关代字中夹了“字”或“（函）”（函件用“×函”类代字，不加“字”）',
  'docno-format.seqBracketed': '顺序号加了括号',
  'docno-format.traditional': '用了繁体字“號”',
  'docno-format.yearChinese': '年份“{year}”用了汉字数字，应用阿拉伯数字标全称',
  'docno-format.yearShort': '年份“{year}”未标全称',
  'docno-format.di': '顺序号前加了“第”字',
  'docno-format.zero': '顺序号“{seq}”编了虚位',
  'docno-format.hao': '顺序号后缺“号”字',
  'docno-format.fullWidth': '用了全角数字（阿拉伯数字用半角）',
  'docno-format.spaced': '中间夹有空格',

  // docno-joint-single
  'docno-joint-single.found': '版头有多个发文字号（“{first}”和“{found}”）。条例规定（第九条（五））联合行文时使用主办机关的发文字号，只标一个。',

  // date-issue-format
  'date-issue-format.found': '{what}“{found}”{problems}。国标规定（GB/T 9704 7.3.5.4、7.4.3）用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（即1不编为01）。应写作“{fixed}”。',
  'date-issue-format.noFix': '{what}“{found}”{problems}。国标规定（GB/T 9704 7.3.5.4、7.4.3）用阿拉伯数字将年、月、日标全，年份应标全称（如“2024年1月5日”），月、日不编虚位。请补全后改写。',
  'date-issue-format.issue': '成文日期',
  'date-issue-format.imprint': '印发日期',
  'date-issue-format.impossible': '日历上没有这一天（月份只有1至12月，小月30天，2月28天、闰年29天），请核对',
  'date-issue-format.subtitle': '题注中的通过日期（即成文日期）',
  'date-issue-format.chinese': '用了汉字数字（2012年起成文日期一律用阿拉伯数字）',
  'recipient-colon.kinds': '主送机关“{before}”与“{after}”不是同一类机关，其间应用逗号“，”，不用顿号“、”：同类型的机关之间用顿号，不同类型的机关之间用逗号（GB/T 15834 4.4、4.5；如“各省、自治区、直辖市人民政府，国务院各部委、各直属机构”）。',
  'recipient-colon.separator': '主送机关名称之间用了“{found}”。主送机关之间，同类型的机关用顿号“、”，不同类型的机关用逗号“，”（GB/T 9704 7.3.2，GB/T 15834 4.4、4.5），不用分号、斜线或空格。',
  'recipient-colon.suggestSeparator': '改为“{mark}”',
  'date-issue-format.yuanYue': '把1月写成了“元月”',
  'date-issue-format.incomplete': '年、月、日没有标全',
  'date-issue-format.mixed': '汉字数字与阿拉伯数字混用',
  'date-issue-format.badZero': '年份里的“〇”误写成了数字“0”、字母“O”或“零”',
  'date-issue-format.beforeSignature': '成文日期“{date}”写在了署名“{signature}”之前。国标规定（GB/T 9704 7.3.5.1）成文日期在署名之下，应先写发文机关署名，再在其下写成文日期。',
  'date-issue-format.separated': '用了“.”“-”“/”分隔，没有写出年、月、日',
  'date-issue-format.yearShort': '年份“{year}”未标全称',
  'date-issue-format.padded': '月、日编了虚位（前面补了0）',
  'date-issue-format.noDay': '缺“日”字',
  'date-issue-format.fullWidth': '用了全角数字（阿拉伯数字用半角）',
  'date-issue-format.spaced': '中间夹有空格',

  // heading-numbering-format
  'heading-numbering-format.found': '层次序数“{found}”{problem}。国标规定（GB/T 9704 7.3.3）结构层次序数依次用“一、”“（一）”“1.”“（1）”。应写作“{fixed}”。',
  'heading-numbering-format.mark': '序数后用了“{mark}”，应当用{right}',
  'heading-numbering-format.afterBracket': '括号后又加了“{mark}”，加括号的序数后不再加标点',
  'heading-numbering-format.letter': '“{found}”用拉丁字母作序号。公文结构层次序数依次用“一、”“（一）”“1.”“（1）”（GB/T 9704 7.3.3），不用字母。',
  'heading-numbering-format.circled': '序号“{found}”：带圈的数字本身就是序号，后面不再加顿号或点号（GB/T 15834 附录B），应写作“{fixed}”。',
  'heading-numbering-format.bracket': '用了“{open}{close}”，层次序数的括号应当用圆括号“（）”',
  'heading-numbering-format.halfWidth': '用了半角括号，应当用全角括号“（）”',
  'heading-numbering-format.spaced': '中间夹有空格',
  'heading-numbering-format.ordinal': '“{found}”：“第×”“其×”“首先”“其次”类序次语后用逗号，不用顿号（GB/T 15834 附录B），应写作“{fixed}”。',

  // heading-numbering-order
  'heading-numbering-order.restart': '层次序数“{found}”没有从头编号：在新的上级标题下，本层应从“{fixed}”开始。GB/T 9704 7.3.3 规定层次序数依次使用，实务通常每个上级标题下重新从1编号。',
  'heading-numbering-order.repeated': '层次序数“{found}”与上一个同级序数重复，应为“{fixed}”。实务通常要求同一层级的序数连续、不重复（GB/T 9704 7.3.3 层次序数依次使用）。',
  'heading-numbering-order.skipped': '层次序数“{found}”不连续：上一个同级序数之后应为“{fixed}”。实务通常要求同一层级的序数连续、不跳号（GB/T 9704 7.3.3 层次序数依次使用）。',
  'heading-numbering-order.backwards': '层次序数“{found}”排在“{previous}”之后，顺序颠倒，这里应为“{fixed}”。实务通常要求同一层级的序数依次递增。',
  'heading-numbering-order.inverted': '层次倒置：“{found}”属于{level}，却出现在更低一层的序数之后（如“1.”之后又用“（一）”）。国标规定（GB/T 9704 7.3.3）层次序数依次为“一、”“（一）”“1.”“（1）”，上一层应当包含下一层。',
  'heading-numbering-order.skipLevel': '“{parent}”下直接用了“{found}”，越过了{level}（“{example}”）。GB/T 9704 7.3.3 规定层次序数依次使用，未说明能否越级；许多单位允许两层结构用“一、”“1.”，实务中按本单位规范处理（可在配置中设 allowSkipLevel: true 关闭此提示）。',
  'heading-numbering-order.startsDeep': '结构层次从“{found}”开始，而它是第四层的序数。GB/T 9704 7.3.3 规定层次序数依次为“一、”“（一）”“1.”“（1）”：只分一层时一般用“一、”（或“1.”），“（1）”用在“1.”之下。',
  'heading-numbering-order.suggest': '改为“{fixed}”',

  // heading-line-punct
  'heading-line-punct.trailing': '独立成行的层次标题“{heading}”末尾加了“{found}”。实务通常换行分段的层次标题末尾不加标点（标题与正文同行时才用句号隔开）。',
  'heading-line-punct.remove': '删除“{found}”',
  'heading-line-punct.runIn': '层次标题“{heading}”与正文在同一行却用空格隔开。实务通常在标题后加句号再接正文，如“（一）指导思想。坚持……”。',
  'heading-line-punct.period': '把空格改为句号',

  // attachment-note-format
  'attachment-note-format.carried': '“{found}”是本通知印发（转发）的文件，是正件而不是附件：印发、转发文件的通知不把所印发的文件列入附件说明，该文件直接附在通知之后。',
  'attachment-note-format.afterDate': '附件说明“{found}”写在了成文日期之后。国标规定（GB/T 9704 7.3.4）附件说明在正文下空一行左空二字编排，位于发文机关署名和成文日期之前。',
  'attachment-note-format.halfColon': '附件说明“{found}”用了半角冒号。国标规定（GB/T 9704 7.3.4）“附件”二字后标全角冒号“：”，应写作“附件：”。',
  'attachment-note-format.noColon': '附件说明“{found}”后缺冒号。国标规定（GB/T 9704 7.3.4）“附件”二字后标全角冒号和附件名称，应写作“附件：”。',
  'attachment-note-format.labelSpaced': '附件说明“{found}”中间夹有空格，应写作“附件：”（GB/T 9704 7.3.4）。',
  'attachment-note-format.numbering': '附件顺序号“{found}”写法不对。国标规定（GB/T 9704 7.3.4）多个附件用阿拉伯数字标注顺序号，如“附件：1.×××××”，应写作“{fixed}”。',
  'attachment-note-format.unnumbered': '有多个附件，但“{found}”没有顺序号。国标规定（GB/T 9704 7.3.4）多个附件使用阿拉伯数字标注附件顺序号，应加“{fixed}”。',
  'attachment-note-format.renumber': '改为“{fixed}”',
  'attachment-note-format.addNumber': '加顺序号“{fixed}”',
  'attachment-note-format.singleNumbered': '只有一个附件，顺序号“{found}”可以不标：国标（GB/T 9704 7.3.4）只要求多个附件时标注顺序号，实务通常写作“附件：×××××”。',
  'attachment-note-format.removeNumber': '删除顺序号“{found}”',
  'signature-org-name.mismatch': '发文机关署名“{found}”与标题中的发文机关“{issuer}”不一致。GB/T 9704—2012 7.3.5 规定署发文机关全称或者规范化简称：以谁的名义发文，就署谁的名称（办公厅、办公室发文不署其政府的名称）。',
  'signature-org-name.found': '{genre}的发文机关署名写成了“{found}”（领导职务和姓名）。GB/T 9704—2012 7.3.5 规定署发文机关全称或者规范化简称；只有命令（令）、议案等由领导人签署。请署发文机关名称。',
  'attachment-note-format.chineseLabel': '附件说明写成了“{found}：……”。国标规定（GB/T 9704 7.3.4）在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称；有多个附件时用阿拉伯数字标注顺序号，写作“附件：1.××”，回行与上一行附件名称对齐。',
  'attachment-note-format.oldLabel': '附件说明用了“{found}”。国标规定（GB/T 9704—2012 7.3.4）在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称，写作“附件：”。',
  'attachment-note-format.bookMarks': '附件说明中的附件名称“{found}”加了书名号。GB/T 9704—2012 7.3.4 规定附件说明写附件顺序号和名称，名称后不加标点符号；附件名称照附件标题写作“{name}”，一般不加书名号。',
  'attachment-note-format.removeBookMarks': '去掉书名号：{name}',
  'attachment-note-format.trailing': '附件名称“{name}”后加了“{found}”。国标规定（GB/T 9704 7.3.4）附件名称后不加标点符号。',
  'attachment-note-format.vague': '附件说明“{found}”没有写出附件名称。实务通常不可只写“附件如文”“附件×件”，应逐项写明附件顺序号和名称（GB/T 9704 7.3.4）。',

  // attachment-consistency
  'attachment-consistency.citedMismatch': '正文引述附件为《{cited}》，附件说明写作“{name}”，两处不一致。国标规定（GB/T 9704 7.3.4、7.3.7）附件名称应与附件说明、附件标题的表述一致。',
  'attachment-consistency.noteSequence': '附件说明中的顺序号“{found}”不连续，这里应为{expected}。国标规定（GB/T 9704 7.3.7）附件顺序号应当与附件说明的表述一致，应从1连续编排。',
  'attachment-consistency.labelColon': '附件标识“{found}”后加了冒号。国标规定（GB/T 9704 7.3.7）版心左上角第一行只编排“附件”二字及顺序号，应写作“{fixed}”。',
  'attachment-consistency.labelForm': '附件标识“{found}”写法不规范，应写作“{fixed}”（GB/T 9704 7.3.7：“附件”二字及附件顺序号）。',
  'attachment-consistency.noNote': '正文后附有“{found}”，但正文下没有附件说明。国标规定（GB/T 9704 7.3.4、7.3.7）公文如有附件，应在正文下空一行编排附件说明，附件顺序号和标题应当与之一致。',
  'attachment-consistency.labelSequence': '附件标识“{found}”的顺序号与排列顺序不符，这里应为“{expected}”（GB/T 9704 7.3.7）。',
  'attachment-consistency.notInNote': '“{found}”在附件说明中没有对应项（附件说明共{count}项）。国标规定（GB/T 9704 7.3.7）附件顺序号和附件标题应当与附件说明的表述一致。',
  'attachment-consistency.titleMismatch': '{label}的标题“{title}”与附件说明中的名称“{name}”不一致。国标规定（GB/T 9704 7.3.7）附件顺序号和附件标题应当与附件说明的表述一致。',
  'attachment-consistency.noteVsTitle': '标题印发的是《{cited}》，附件说明写作“{name}”，两处不一致。国标规定（GB/T 9704 7.3.4、7.3.7）附件名称应与附件说明、附件标题的表述一致。',
  'attachment-consistency.useTitleName': '改为标题中的文件名',
  'attachment-consistency.citedNoNote': '正文提到“{found}”，但正文下没有附件说明。国标规定（GB/T 9704 7.3.4）公文如有附件，在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称。',
  'attachment-consistency.bodyRef': '正文提到“{found}”，但附件说明只列了{count}个附件。请核对正文中的附件序号与附件说明是否一致（GB/T 9704 7.3.4）。',
  'attachment-consistency.useNoteName': '标题改为附件说明中的名称',
  'attachment-consistency.missingAttachment': '附件说明列有“{name}”，但正文后没有“{label}”。如附件与正文一起装订，应在版记之前附上（GB/T 9704 7.3.7）。',

  // recipient-colon
  'recipient-colon.wrong': '主送机关“{name}”末尾用了“{found}”。国标规定（GB/T 9704 7.3.2）最后一个主送机关名称后标全角冒号“：”。',
  'recipient-colon.missing': '主送机关“{name}”末尾缺冒号。国标规定（GB/T 9704 7.3.2）最后一个主送机关名称后标全角冒号“：”。',

  // secrecy-format
  'secrecy-format.found': '密级和保密期限“{found}”{problems}。国标规定（GB/T 9704 7.2.2）保密期限中的数字用阿拉伯数字标注；按保密标志的写法，★前标密级，★后标保密期限。应写作“{fixed}”。',
  'secrecy-format.star': '密级和保密期限之间缺“★”',
  'secrecy-format.wrongStar': '用了“{star}”，应当用实心五角星“★”',
  'secrecy-format.chinese': '保密期限“{period}”用了汉字数字',
  'secrecy-format.fullWidth': '保密期限“{period}”用了全角数字',
  'secrecy-format.spaced': '中间夹有空格',
  'secrecy-format.noPeriod': '“{found}”标了“★”却没有保密期限。应写作“{level}★×年”，或不标保密期限时只写“{level}”（GB/T 9704 7.2.2）。',
  'secrecy-format.unknown': '无法识别密级和保密期限“{found}”的写法。国标规定（GB/T 9704 7.2.2）写作“秘密★1年”“机密★6个月”等，数字用阿拉伯数字。',
  'secrecy-format.noCopyNo': '标注了密级“{level}”但没有份号。条例规定（第九条（一））涉密公文应当标注份号（GB/T 9704 7.2.1：6位阿拉伯数字，顶格编排在版心左上角第一行）。',

  // urgency-terms
  'urgency-terms.old': '紧急程度“{found}”是旧格式用语。条例规定（第九条（三））紧急公文应当分别标注“特急”“加急”，应写作“{fixed}”。',
  'urgency-terms.vague': '紧急程度“{found}”不是规定用语。条例规定（第九条（三））紧急公文应当分别标注“特急”“加急”，请按时限要求选用其一。',
  'urgency-terms.telegram': '“{found}”只用于电报。条例规定（第九条（三））公文标注“特急”“加急”，电报才标注“特提”“特急”“加急”“平急”；如本件不是电报，请改用“特急”或“加急”。',
  'urgency-terms.suggest': '改为“{fixed}”',

  // copyno-format
  'copyno-format.found': '份号“{found}”写法不规范。国标（GB/T 9704 7.2.1）规定份号一般用6位阿拉伯数字，应写作“{fixed}”。',
  'copyno-format.tooLong': '份号“{found}”超过6位。国标（GB/T 9704 7.2.1）规定份号一般用6位阿拉伯数字，请核对。',

  // date-position
  'date-position.aboveRecipients': '成文日期“{date}”写在了正文之前（标题之上或主送机关之上）。成文日期编排在发文机关署名之下，右空四字（GB/T 9704 7.3.5.2），请移到署名“{signature}”之下。',
  'date-position.subtitle': '成文日期“{date}”作为题注写在了标题之下。题注标注日期只用于会议通过的决议、决定等；其他公文的成文日期编排在发文机关署名之下（GB/T 9704 7.3.5），请移到署名“{signature}”之下。',
  'date-position.afterSignature': '成文日期“{date}”写在了版记或附件之后。成文日期编排在发文机关署名之下、版记之上（GB/T 9704 7.3.5），请移到署名“{signature}”之下。',
  'date-position.missing': '署名“{signature}”之下没有成文日期。成文日期是公文的必备要素（条例第九条（十二）），署名下一行用阿拉伯数字标全年、月、日（GB/T 9704 7.3.5）。',
  // header-order
  'header-order.found': '{element}“{found}”排在{before}之后。国标规定（GB/T 9704 7.2.3）份号、密级和保密期限、紧急程度按此顺序自上而下分行排列，位于发文机关标志之上。',

  // signer-upward-required
  'signer-upward-required.missing': '{genre}是上行文，版头没有签发人。条例规定（第九条（六））上行文应当标注签发人姓名，写作“签发人：×××”，与发文字号处在同一行（GB/T 9704 7.2.6）。',
  'signer-upward-required.halfColon': '“{found}”用了半角冒号。国标规定（GB/T 9704 7.2.6）签发人由“签发人”三字加全角冒号和签发人姓名组成，应写作“签发人：”。',
  'signer-upward-required.noColon': '“{found}”用空格代替了冒号。国标规定（GB/T 9704 7.2.6）签发人由“签发人”三字加全角冒号和签发人姓名组成，应写作“签发人：”。',
  'signer-upward-required.spaced': '“{found}”中间夹有空格，应写作“签发人：”（GB/T 9704 7.2.6）。',
  'signer-upward-required.noName': '签发人一行没有姓名。国标规定（GB/T 9704 7.2.6）由“签发人”三字加全角冒号和签发人姓名组成。',

  // recipient / colophon
  'cc-format.semicolon': '{label}机关之间用了分号。国标规定（GB/T 9704 7.4.2）抄送机关之间用逗号隔开（同类机关之间可用顿号），最后一个机关名称后标句号。',
  'cc-format.division': '抄送列了“{name}”，这是机关的内设科室。抄送的对象是需要了解公文内容的机关（GB/T 9704 7.4.2）；本机关内部科室之间的传阅是内部事务，不列入版记。',
  'cc-format.twice': '抄送机关“{name}”写了两次。',
  'cc-format.alsoMain': '“{name}”已是主送机关，又列入抄送：同一机关不必既主送又抄送（GB/T 9704 7.4.2：抄送机关是除主送机关外需要执行或者知晓公文内容的其他机关）。',
  'cc-format.label': '版记“{found}”{problems}。国标规定（GB/T 9704 7.4.2）“抄送”二字后加全角冒号和抄送机关名称（主送机关移至版记时改为“主送”），应写作“{fixed}”。',
  'cc-format.oldLabel': '“{label}”是旧写法',
  'cc-format.halfColon': '用了半角冒号',
  'cc-format.noColon': '缺冒号',
  'cc-format.spaced': '冒号前夹有空格',
  'cc-format.endWrong': '{label}机关名称末尾用了“{found}”。国标规定（GB/T 9704 7.4.2）最后一个机关名称后标句号。',
  'cc-format.endMissing': '{label}机关名称末尾缺句号。国标规定（GB/T 9704 7.4.2）最后一个机关名称后标句号。',
  'cc-format.mainAfterCc': '版记中“主送”排在“抄送”之后。国标规定（GB/T 9704 7.4.2）既有主送机关又有抄送机关时，应当将主送机关置于抄送机关之上一行。',

  // imprint-line
  'imprint-line.noSuffix': '印发日期“{date}”后缺“印发”二字。国标规定（GB/T 9704 7.4.3）印发日期后加“印发”二字。',
  'imprint-line.noDate': '“{found}”缺印发日期。国标规定（GB/T 9704 7.4.3）版记末行写印发机关和印发日期，日期用阿拉伯数字标全，后加“印发”二字。',
  'imprint-line.noOrg': '“{found}”缺印发机关。国标规定（GB/T 9704 7.4.3）印发机关左空一字、印发日期右空一字编排在同一行。',

  // note-fuzhu-format
  'note-fuzhu-format.unwrapped': '附注“{found}”没有加圆括号。国标规定（GB/T 9704 7.3.6）附注居左空二字加圆括号编排在成文日期下一行，如“（联系人：×××，电话：×××）”。',
  'note-fuzhu-format.noOpen': '附注“{found}”缺左括号“（”（GB/T 9704 7.3.6：附注加圆括号）。',
  'note-fuzhu-format.close': '附注末尾缺右括号“）”（GB/T 9704 7.3.6：附注加圆括号）。',
  'note-fuzhu-format.halfOpen': '附注用了半角左括号“(”，应当用全角“（”（GB/T 9704 7.3.6）。',
  'note-fuzhu-format.halfClose': '附注用了半角右括号“)”，应当用全角“）”（GB/T 9704 7.3.6）。',

  // no-ci-ye-wu-zheng-wen
  'no-ci-ye-wu-zheng-wen.found': '不用“{found}”。国标规定（GB/T 9704 7.3.5.5）所剩空白处不能容下印章或签发人签名章、成文日期时，可以采取调整行距、字距的措施解决，使署名、日期和印章与正文同处一页。',
  'no-ci-ye-wu-zheng-wen.remove': '删除“{found}”（并调整行距、字距）',

  // obsolete-zhutici
  'obsolete-zhutici.suggest': '删除主题词行',
  'obsolete-zhutici.found': '“{found}”：主题词已取消。GB/T 9704—2012 前言说明删除了主题词格式要素，条例第九条列举的公文要素中也没有主题词，应删去此行。',

  // cite-obsolete-basis
  'cite-law-name.prefix': '法律名称的国名写成了“{found}”，应为“中华人民共和国”。',
  'cite-law-name.close': '“{found}”与法律法规的正式名称不符，应为“{name}”（引用法律、法规按正式名称书写）。如为新近公布的法律法规，请核对其名称。',
  'cite-law-name.replaced': '《{found}》已于{since}年废止，现行为《中华人民共和国{name}》：成文日期在此之后的公文应引用现行法律（回顾历史时写明“原《{found}》”）。',
  'cite-law-name.short': '首次引用法律宜写全称《中华人民共和国{name}》，可在其后括注“以下简称《{name}》”；文中没有写全称。',
  'cite-law-name.suggestName': '写作“{name}”',
  'cite-obsolete-basis.regulation': '引用了已停止执行的“{found}”。条例第四十二条规定，自2012年7月1日起《中国共产党机关公文处理条例》和《国家行政机关公文处理办法》停止执行，现行依据是《党政机关公文处理工作条例》（中办发〔2012〕14号）。',
  'cite-obsolete-basis.standard': '引用了已被代替的“{found}”。GB/T 9704—1999《国家行政机关公文格式》已由 GB/T 9704—2012《党政机关公文格式》代替，应引用“{fixed}”。',
  'cite-obsolete-basis.suggest': '改为“{fixed}”',

  // cite-title-before-number
  'cite-title-before-number.found': '“{found}”只引了发文字号。实务通常引用公文先引标题、后引发文字号，如“《关于××的通知》（{docNo}）”（这一写法出自已停止执行的《国家行政机关公文处理办法》第二十五条，现为通行做法）。',
} as const;
