/** Messages of the 结束语, 开头语, 行文, 语气 and 篇幅 rules (RULEBOOK §C, G, H, L). */
export const closingMessages = {
  'closing-punctuation.wrongEnd': '结束语“{found}”末尾的标点不对：结束语独立成句，末尾用句号，写作“{fixed}”。',
  'closing-punctuation.noEnd': '结束语“{found}”末尾缺句号：结束语独立成句，实务写作“{fixed}”。',
  'closing-punctuation.found': '结束语“{found}”标点不当：实务通常写作“{fixed}”（“否”后用逗号，“示”后用句号）。',
  'closing-punctuation.exclamation': '结束语“{found}”不用叹号：公文结束语语气平实，实务通常写作“{fixed}”。',

  'closing-mismatch.selfNamed': '结束语“{found}”把本文称作{named}，而本文的文种是{genre}：结束语应与文种一致（报告可写“以上报告如无不妥，请批转……”“特此报告。”）。',
  'closing-mismatch.letterInstruction': '函用“{found}”结尾：请求批示、批复是下级机关向上级机关请示的用语。函用于不相隶属机关之间（条例第八条（十四）），请求对方答复或支持时实务通常写作“请研究函复。”“请予函复。”或“请予支持。”。',
  'closing-mismatch.printed': '正文把文件“印发（转发）给你们”，结尾却是“{found}”。印发、转发公文用通知（条例第八条（九）“批转、转发公文”），结束语用“特此通知。”或不用结束语；通报用于表彰先进、批评错误、传达重要精神和告知重要情况。',
  'closing-mismatch.twice': '结束语“{found}”与前面的{genre}结束语重复：一份公文只用一个结束语（如批复用“此复。”或“特此批复。”之一），请删去一个。',
  'closing-mismatch.motion': '议案以“{found}”结尾。议案是提请人民代表大会或者其常务委员会审议的事项（条例第八条（十三）），结束语用“请予审议。”“现提请审议。”，不是请求审批。',
  'closing-mismatch.replace': '结束语“{found}”是{owner}的结束语，与本文文种“{genre}”不符。实务通常{genre}以“{closing}”结尾。',
  'closing-mismatch.redundant': '结束语“{found}”是{owner}的结束语，与本文文种“{genre}”不符；本文已有{genre}的结束语，实务通常删去“{found}”。',
  'closing-mismatch.none': '结束语“{found}”是{owner}的结束语，与本文文种“{genre}”不符。{genre}实务通常不用专门的结束语，可以删去或改用本文种常用的写法。',
  'closing-mismatch.suggestReplace': '改为“{closing}”',
  'closing-mismatch.suggestDelete': '删除“{text}”',

  'closing-request-required.missing': '请示末尾缺少请求性结束语。请示是向上级机关请求指示、批准（条例第八条（十一）），是办理件，上级应当批复；实务通常以“妥否，请批示。”“当否，请批复。”或“以上请示，请予审批。”结尾。只汇报工作、反映情况而不需上级答复的，文种应改为“报告”。',
  'closing-request-required.foreign': '请示以“{found}”结尾，这是{owner}的结束语，缺少请求性结束语。请示是向上级机关请求指示、批准（条例第八条（十一）），实务通常以“妥否，请批示。”“当否，请批复。”结尾；只汇报工作、反映情况而不需上级答复的，文种应改为“报告”。',
  'closing-request-required.cut': '“{found}”不是完整的请求语：“请示”是文种的名称，没有说请上级做什么。实务通常写作“妥否，请批示。”或“当否，请批复。”。',
  'closing-request-required.bareNaming': '“特此请示”只点明了文种，没有提出请求。请示要请上级答复，实务通常以“妥否，请批示。”或“当否，请批复。”结尾（写作“特此请示，请予批复。”亦可）。',
  'closing-request-required.suggestReplace': '改为“{closing}”',
  'closing-request-required.suggestAppend': '另起一段写“{closing}”',
  'closing-request-required.suggestGenre': '文种改为“报告”（本文只汇报情况）',

  'closing-salutation.found': '“{found}”是书信的结束敬语。公文（包括函）不用书信的“此致敬礼”，实务通常以本文种的结束语收尾（函：“特此函告。”“请予函复。”；复函：“此复。”）。{advice}',
  'closing-salutation.advice.genre': '本文是{genre}，可改为{closing}。',
  'closing-salutation.advice.hasOwn': '本文已有{genre}的结束语，删去“此致敬礼”即可。',
  'closing-salutation.advice.none': '请删去，或改用本文种的结束语。',
  'closing-salutation.suggestReplace': '改为“{closing}”',
  'closing-salutation.suggestDelete': '删除“{text}”',

  'closing-mixed.found': '结束语“{found}”把报告和请示的用语混在了一句里。实务中报告以“特此报告。”结尾，请示以“妥否，请批示。”“当否，请批复。”等请求语结尾，一句结束语不能两者兼用；报告不需要上级答复，条例第十五条（四）规定不得在报告中夹带请示事项。{advice}',
  'closing-mixed.advice.request': '本文是请示，结束语请改为“妥否，请批示。”。',
  'closing-mixed.advice.other': '本文是{genre}，请改用{genre}的结束语。',
  'closing-mixed.advice.unknown': '需要上级批复的是请示，以“妥否，请批示。”结尾；只汇报工作、反映情况的是报告，以“特此报告。”结尾。',
  'closing-mixed.suggest': '改为“{closing}”',

  'recipient-missing.upward': '{genre}没有主送机关。主送机关是公文的主要受理机关（条例第九条（八）），{genre}是向上级机关行文，条例第十五条（一）规定原则上主送一个上级机关：请在标题下空一行、居左顶格写明所报送的上级机关，如“市人民政府：”。',
  'recipient-missing.downward': '{genre}没有主送机关。主送机关是公文的主要受理机关（条例第九条（八）），{genre}应当写明要求执行或周知的机关（如“各区县人民政府，市政府各部门：”），编排于标题下空一行、居左顶格（GB/T 9704—2012 7.3.2）；面向社会公开发布的事项用公告、通告。',
  'recipient-missing.other': '{genre}没有主送机关。主送机关是公文的主要受理机关（条例第九条（八）），实务中批复主送来文请示的机关，函主送商洽、询问或答复的对方机关：请在标题下空一行、居左顶格写明，如“市财政局：”（GB/T 9704—2012 7.3.2）。',

  'recipient-public.public': '主送写成了社会公众“{found}”。条例第九条（八）规定主送机关是公文的主要受理机关，应当使用机关全称、规范化简称或者同类型机关统称；需要社会公众遵守或周知的事项，用通告或公告公布，不写主送机关（条例第八条（五）（六））。请把文种改为通告并删去主送，或改为主送有关机关。',
  'recipient-public.person': '主送写成了个人“{found}”。条例第九条（八）规定主送机关是公文的主要受理机关，应当使用机关全称、规范化简称或者同类型机关统称，主送的是机关而不是个人；向上级行文时，条例第十五条（五）还规定除上级机关负责人直接交办事项外，不得以本机关名义向上级机关负责人报送公文。请改为主送有关机关（如“市人民政府：”“各科室：”）。',
  'recipient-public.suggestGenre': '文种改为“通告”（面向社会公众公布）',
  'recipient-public.suggestDeleteRecipients': '删除主送“{recipients}”',
  'recipient-public.suggestDeletePart': '删除“{text}”',

  'route-department-downward.found': '“{issuer}”是政府的工作部门，却以“{genre}”主送下一级人民政府“{recipient}”。条例第十六条（四）规定，部门除以函的形式商洽工作、询问和答复问题、审批事项外，一般不得向下一级政府行文；需要下级政府办理的，报请本级政府同意后行文并注明“经×政府同意”，或由政府（办公厅）发文。',
  'route-department-downward.suggestLetter': '文种改为“函”（商洽、询问、答复）',
  'route-upward-single-recipient.request': '请示主送了{count}个机关（{list}）。条例第十五条（一）规定向上级机关行文原则上主送一个上级机关；请示一般只主送一个上级机关，不多头主送（多头主送易致无人批复）：请只主送“{first}”，其他机关列入抄送。',
  'route-upward-single-recipient.report': '{genre}主送了{count}个机关（{list}）。条例第十五条（一）规定向上级机关行文原则上主送一个上级机关，根据需要同时抄送相关上级机关；实务中报告可以主送几个相关的上级机关，请确认确有必要，否则只主送“{first}”，其他列入抄送。',
  'route-upward-single-recipient.suggest': '只主送“{body}”',

  'route-no-leader-recipient.cc': '{genre}抄送了领导个人“{found}”。条例第十五条（五）规定，除上级机关负责人直接交办事项外，不得以本机关名义向上级机关负责人报送公文；抄送也是报送，应抄送机关（如“××县人民政府办公室”），不抄送领导个人。',
  'route-no-leader-recipient.found': '{genre}主送了领导个人“{found}”。条例第十五条（五）规定，除上级机关负责人直接交办事项外，不得以本机关名义向上级机关负责人报送公文：请主送上级机关（如“市人民政府：”）。确属领导直接交办的，可忽略本提示。',

  'route-no-verbatim-forwarding.found': '请示转报了下级的请示，但没有提出本机关的倾向性意见。条例第十五条（三）规定，下级机关的请示事项如需以本机关名义向上级机关请示，应当提出倾向性意见后上报，不得原文转报上级机关：请写明“经研究，我局同意……，建议……”。',

  'tone-downward-humble.found': '{genre}是向下级机关行文，却用了恳求用语“{found}”。下行文部署工作、提出要求，语气应当庄重、明确，写作“请……”“要……”即可；“恳请”“拜托”是请示等上行文的口吻。',
  'tone-downward-humble.suggest': '改为“请”',
  'tone-letter-directive.peer': '“{found}”是指令口吻，而本{genre}的主送机关都是本级政府的其他工作部门，与发文机关不相隶属：对平级机关只能商洽、建议，不能下指令或通报考核（条例第十六条），宜改用商洽语气或以函行文。',
  'tone-letter-directive.found': '函中用了指令性用语“{found}”。函用于不相隶属机关之间商洽工作、询问和答复问题、请求批准（条例第八条（十四）），行文应当互相尊重，不用指令口吻；实务通常写“请予支持为盼”“请予函复”“请于×月×日前函复”等商洽语气。',
  'tone-letter-directive.suggest': '改为“{text}”',
  'tone-letter-directive.suggestDelete': '删除“{text}”',

  'tone-upward-directive.pressure': '{genre}中用了催促上级的“{found}”。请示、报告是向上级机关行文，语气应当谦敬，不用“务必”“从速”“立即”等催促或命令口吻；实务通常写作“妥否，请批示。”，确有时限的说明理由即可。',
  'tone-upward-directive.found': '{genre}中用了要求下级执行的用语“{found}”。{genre}是向上级机关行文（条例第八条），实务通常对上级不用“请遵照执行”“请贯彻落实”等指令性用语；{advice}',
  'tone-upward-directive.advice.request': '请示以“妥否，请批示。”等请求语结尾。',
  'tone-upward-directive.advice.report': '报告以“特此报告。”结尾。',
  'tone-upward-directive.advice.opinion': '上行意见以“以上意见如无不妥，请批转……执行。”等结尾。',
  'tone-upward-directive.advice.other': '议案以“现提请审议。”结尾。',
  'tone-upward-directive.suggest': '改为“{text}”',

  'address-direction.upward': '{genre}是向上级机关的行文，却称对方“{found}”。“你局”“你单位”是上级对下级的称谓；实务通常对上级机关直接称其名称（如“市政府”）。',
  'address-direction.letter': '函用于不相隶属机关之间（条例第八条（十四）），称对方“{found}”显得居高临下；实务通常用敬称“{polite}”，互相尊重。',
  'address-direction.downward': '{genre}是下行文，称下级机关“{found}”不当：“贵×”是对平级或不相隶属机关的敬称，实务通常对下级称“{plain}”或直接称其名称。',
  'address-direction.suggest': '改为“{text}”',

  'opening-reply-cites-source.found': '{genre}开头没有引述来文。实务通常先引来文的标题和发文字号，用“收悉”，再写答复，如“{example}”。',

  'length-request-report.found': '{genre}正文约{count}字，超过了{max}字。实务中有“请示一般不超过1500字、报告一般不超过3000字”的说法（见于培训材料，非条例或国标规定）；条例第十九条（三）要求“内容简洁……文字精练”，请精简，细节可作附件。',
} as const;
