/** Messages of the 文种, 标题, 行文, 结束语 and 语气 rules (RULEBOOK §A, B, C, G, H, L). */
export const genreMessages = {
  'genre-doubled.found': '标题文种“{found}”叠用了两个文种。条例第八条把{a}和{b}规定为不同文种，一份公文只能用一个文种：请求批准或指示用“请示”，汇报工作用“报告”，不相隶属机关之间商洽、询问用“函”。',
  'genre-doubled.foundIssue': '标题文种“{found}”叠用了两个文种。一份公文只能用一个文种：以{b}发布{a}的，标题写作“关于印发《……{a}》的{b}”；直接作出{a}的，标题以“的{a}”结尾。',
  'genre-doubled.noticeDecision': '标题以“{found}”起头却用“决定”作文种，通报与决定叠用。条例第八条：决定用于奖惩有关单位和人员，通报用于表彰先进、批评错误；只能选一个，写作“关于表彰××的决定”或“关于表彰××的通报”。',
  'genre-doubled.suggestDropNotice': '删去“通报”（以决定表彰）',
  'genre-doubled.suggest': '文种改为“{genre}”',

  'genre-title-missing-genre.missing': '标题“{title}”没有以法定文种结尾。条例第九条（七）规定标题由发文机关名称、事由和文种组成，文种须是条例第八条所列的15种之一（如通知、请示、报告、函）。请在标题末尾写明文种，如“……的通知”。',
  'genre-title-missing-genre.missingGuess': '标题“{title}”没有以法定文种结尾。条例第九条（七）规定标题由发文机关名称、事由和文种组成；从结束语看，本文是{genre}，标题可写作“{fixed}”。',
  'genre-title-missing-genre.onlyGenre': '标题只有文种“{genre}”，缺少发文机关名称和事由。条例第九条（七）规定标题由发文机关名称、事由和文种组成，实务中不以文种单独作标题：请写成“××关于……的{genre}”。',
  'genre-title-missing-genre.suggest': '标题改为“{title}”',

  'genre-nonstatutory.found': '“{word}”不是法定文种：条例第八条列举的15种公文中没有“{word}”（条例第十九条（四）要求“文种正确”）。{why}',
  'genre-nonstatutory.why.report': '“总结”“汇报”是事务文书，向上级机关汇报工作、反映情况应当用“报告”（报告可以主送几个相关的上级机关），如“××局关于2024年工作情况的报告”。',
  'genre-nonstatutory.why.request': '向上级机关请求批准用“请示”（一文一事，以“妥否，请批示。”结尾）；向不相隶属的职能部门请求批准用“函”（请批函），如“××局关于购置执法车辆的请示”。',
  'genre-nonstatutory.why.plan': '“工作计划”“工作安排”“工作打算”“要点”“方案”是事务文书：对下部署工作可直接用“意见”（如“××局关于2025年工作的意见”），或作为附件用“通知”印发（如“××局关于印发《2025年工作要点》的通知”）。',
  'genre-nonstatutory.why.explain': '“情况说明”不是公文文种：向上级机关反映情况用“报告”，向不相隶属的机关说明情况用“函”。',
  'genre-nonstatutory.why.bulletin': '“简报”是内部刊物，不是公文文种：告知重要情况用“通报”，向上级汇报用“报告”。',
  'genre-nonstatutory.why.proposal': '对重要问题提出见解和处理办法用“意见”，向不相隶属的机关提出建议用“函”。',
  'genre-nonstatutory.why.directive': '“指示”不在现行法定文种之列：部署工作用“通知”，对重要事项作出决策和部署用“决定”。',
  'genre-nonstatutory.suggest': '标题改为“{title}”',
  'genre-nonstatutory.suggestWord': '文种改为“{genre}”',

  'genre-report-contains-request.report': '报告中夹带了请示事项“{found}”。条例第十五条（四）规定不得在报告等非请示性公文中夹带请示事项：报告用于汇报工作、反映情况，上级可以不答复。需要上级批准的事项请另行以“关于……的请示”行文（一文一事），报告以“特此报告。”结尾。',
  'genre-report-contains-request.other': '{genre}中夹带了请示事项“{found}”。条例第十五条（四）规定不得在报告等非请示性公文中夹带请示事项：需要上级批准或指示的事项请另行以“关于……的请示”行文。',
  'genre-reply-vs-letter.superiorLetter': '{issuer}答复下级机关（所属部门）的请示事项用了“{genre}”。条例第八条规定批复“适用于答复下级机关请示事项”，函用于不相隶属机关之间；上级人民政府同意或批准下级的请示，应当用“批复”。',
  'genre-reply-vs-letter.opinionGrants': '标题事由是同意或批准某一事项，却用了“{genre}”。条例第八条规定意见“适用于对重要问题提出见解和处理办法”，答复下级机关请示事项、表示同意或批准的应当用“批复”。',
  'title-guanyu-de.guanyuDui': '标题“关于对……”介词叠用：“关于”已引出事由，不再加“对”。实务通常写作“关于……的（文种）”，如“关于××同志违纪问题的处理决定”。',
  'title-guanyu-de.suggestDropDui': '删去“对”',
  'title-missing-subject.found': '标题只有发文机关“{issuer}”和文种“{genre}”，没有事由。条例第九条（七）规定标题由发文机关名称、事由和文种组成，应写明事由，如“{issuer}关于××××的{genre}”。',
  'title-redundant.report': '标题中的“{found}”与文种“报告”语义重复：报告就是向上级汇报，实务通常写作“关于××情况的报告”。',
  'title-redundant.recipient': '标题写了主送机关“{found}”。主送机关在标题下的主送栏写明，标题由发文机关、事由和文种组成（条例第九条（七）），不必再写“向××”。',
  'title-transfer-nesting.notNotice': '标题是{verb}类公文，文种却是“{genre}”。{verb}上级、同级或下级的公文，实务中一律用“通知”（条例第八条（九）：通知适用于批转、转发公文），标题写作“关于{verb}……的通知”。',
  'title-transfer-nesting.noSource': '转发标题没有写明被转发公文的发文机关和标题。实务中转发标题写作“（本机关）转发（来文机关）关于……的通知”，如“××市教育局转发省教育厅关于做好招生工作的通知”，或以书名号标明来文“关于转发《……》的通知”。',
  'genre-announcement-scope.notPublicAffairs': '“{topic}”是单位事务或活动，不是公务事项，不用“{genre}”。条例第八条规定公告“向国内外宣布重要事项或者法定事项”，通告“在一定范围内公布应当遵守或者周知的事项”；此类事项可用启事、海报或通知。',
  'genre-request-reports.found': '标题事由是“{found}”，没有请求事项，却用了“请示”。条例第八条规定请示用于向上级机关请求指示、批准，汇报工作、反映情况应当用“报告”；确有请求的，请在事由中写明请求什么（如“关于申请……的请示”）。',
  'genre-request-reports.suggest': '文种改为“报告”（本文只汇报情况）',
  'genre-report-contains-request.title': '标题事由“{found}”是向上级请求批准或解决问题，却用了“{genre}”。条例第八条规定请求批准、请求拨款或解决问题应当用“请示”（上级须答复）；条例第十五条（四）规定不得在报告中夹带请示事项，报告只用于汇报工作、反映情况。',
  'genre-report-contains-request.suggestClosing': '结束语改为“{closing}”（请示事项另行请示）',
  'genre-report-contains-request.suggestDelete': '删除“{text}”（请示事项另行请示）',
  'genre-report-contains-request.suggestGenre': '文种改为“请示”（本文确为请求批准）',

  'genre-request-one-matter.twoSums': '这份请示在两处分别请求拨付款项，是两件事。条例第十五条（四）规定请示应当一文一事：不同用途的资金请求请分别行文请示。',
  'genre-request-one-matter.reply': '这份批复一次答复了几份请示。批复应当一文一事，一份请示一份批复（条例第十五条（四）），请分别批复。',
  'genre-request-one-matter.found': '这份请示同时请求了“{a}”和“{b}”两类事项。条例第十五条（四）规定请示应当一文一事：请按事项分别行文，每份请示只请求一件事（本条为启发式判断，请人工确认）。',

  'genre-announcement-scope.recipients': '{genre}标注了主送机关“{recipients}”。条例第八条规定{genre}“{scope}”，其对象是不确定的社会各方面，不写主送机关；向特定的下级机关或有关单位传达要求执行或周知的事项，应当用“通知”（条例第八条（八））。请改用通知，或删去主送机关。',
  'genre-announcement-scope.localIssuer': '发文机关“{issuer}”是县级及以下机关或地方政府的工作部门，却用了“公告”。条例第八条（五）规定公告“适用于向国内外宣布重要事项或者法定事项”，实务中一般中下级机关在一定范围内公布应当遵守或周知的事项用“通告”（条例第八条（六））。',
  'genre-announcement-scope.localMatter': '公告所涉“{topic}”是一定范围内应当遵守或周知的事项。条例第八条（五）规定公告“适用于向国内外宣布重要事项或者法定事项”，这类地方管理事项实务通常用“通告”（条例第八条（六））。',
  'genre-announcement-scope.suggestGenre': '文种改为“{genre}”',
  'genre-announcement-scope.suggestDeleteRecipients': '删除主送机关“{recipients}”',

  'genre-reply-vs-letter.replyToLetter': '本文答复的是来函{cited}，却用了文种“批复”。条例第八条规定批复“适用于答复下级机关请示事项”，答复不相隶属机关的函应当用“函”（复函，条例第八条（十四）），结束语用“特此函复。”或“此复。”。',
  'genre-reply-vs-letter.letterToRequest': '本文答复的是请示{cited}，却用了文种“{genre}”。条例第八条（十二）规定答复下级机关请示事项用“批复”，函用于不相隶属机关之间（条例第八条（十四））。',
  'genre-reply-vs-letter.suggestGenre': '文种改为“{genre}”',

  'genre-resolution-vs-decision.found': '决议未写明经会议讨论通过。条例第八条（一）规定决议“适用于会议讨论通过的重大决策事项”：请在标题下注明“（××××年×月×日××会议通过）”；未经会议讨论通过的决策事项应当用“决定”（条例第八条（二））。',
  'genre-resolution-vs-decision.suggestGenre': '文种改为“决定”',

  'title-guanyu-de.noGuanyu': '标题缺少“关于”。实务通常采用“发文机关＋关于＋事由＋的＋文种”的结构，如“××局关于开展安全检查的通知”。',
  'title-guanyu-de.noDe': '标题在文种“{genre}”前缺少“的”。实务通常采用“关于……的{genre}”的结构，如“关于开展安全检查的{genre}”。',
  'title-guanyu-de.suggest': '标题改为“{title}”',

  'title-trailing-punct.found': '标题末尾用了标点“{found}”。公文标题末尾不加标点（实务通常如此；GB/T 15834 附录也说明标题末尾通常不用标点）：请删去。',

  'title-transfer-nesting.found': '转发标题层层套叠（{what}）。实务通常直接转发最初的来文，省略中间层次（中间层次写进转发语）；原文标题已有“关于”时不再加“关于”，“通知”不重复，如“××县教育局转发省教育厅关于……的通知”。',
  'title-transfer-nesting.what.notice': '“的通知”重复{count}次',
  'title-transfer-nesting.what.transfer': '“{verb}”出现{count}次',
  'title-transfer-nesting.what.guanyu': '转发标题中“关于”出现{count}次',
  'title-transfer-nesting.suggest': '标题改为“{title}”',

  'title-redundant.found': '标题中的“{found}”与文种“请示”语义重复：请示本身就是请求上级指示、批准（条例第八条（十一））。实务通常写作“关于{rest}的请示”，删去“{found}”。',
  'title-redundant.suggest': '删去“{found}”',

  'title-urgency-in-title.found': '标题中写了紧急程度“{found}”。条例第九条（三）把紧急程度列为单独的格式要素，GB/T 9704 7.2.3 规定其标注在版头：请从标题中删去，在版头另行标注“特急”或“加急”（“紧急通知”是实务认可的标题写法，不在此列）。',
  'title-urgency-in-title.suggest': '从标题中删去“{found}”',
} as const;
