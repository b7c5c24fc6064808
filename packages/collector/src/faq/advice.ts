/**
 * Questions that ask for advice on the visitor's own case (issue 20). The bot answers only from the firm's FAQ
 * and gives no legal advice, so these go to a person even when an entry matches their words. A small
 * classifier on three cues, the same in English, Russian and Chinese:
 * 1. the visitor speaks of themselves: "my", "me", "мне", "у меня", "我" — or of their own people ("муж", "前夫");
 * 2. something happened in their life: a past or ongoing event ("fired me", "уволили", "被裁了", "3 years ago",
 *    "won't pay", "не отдает", "不退");
 * 3. they ask what it means for them or what to do: "can I / will I / is it too late / can they do that",
 *    "могу ли я / что делать / меня депортируют?", "我能…吗 / 怎么办 / 会被…吗".
 * All three make own-case advice; a request that is advice by itself ("what should I do", "do I have a case",
 * "что мне делать", "我该怎么办") needs no more. Cue 3 also holds for any question about the people of the story
 * ("are they coming after me", "ему правда положено?", "我一定要赔吗") that is not put to the firm, nor asks how a
 * thing is done or what it costs, nor supposes ("if", "если", "如果"). "In general" / "обычно" / "一般" marks a question about the rule.
 * General questions stay answerable: "can my employer fire me without a reason?" (no event), "I was in a car
 * accident, what are the steps?" (no request for an outcome).
 *
 * @example
 *   asksForAdvice('my wife cheated, will that help me get more in the divorce') // true
 *   asksForAdvice('бывший муж не платит алименты, как мне поступить?') // true
 *   asksForAdvice('how long does a divorce take') // false
 */

/** Russian and Chinese have no `\b` for their letters: a word is bounded by non-letters. */
const ru = (alternatives: string) => new RegExp(`(?<!\\p{L})(${alternatives})(?!\\p{L})`, 'u');

/** Advice by itself: asking what to do, or for the outcome, in one's own matter. */
const requests = [
  // English
  /\b(is|was) (my|our) case (strong|good|worth|winnable|weak|any good)\b/,
  /\b(chances|odds|outcome) (in|of|for|with) (my|our) case\b/,
  /\bwhat (should|shall|would) (i|we) do\b/,
  /\bshould (i|we) (sign|accept|take|settle|sue|quit|agree|refuse|fight|appeal|leave|file|report|go to court)\b/,
  /\bwhat (are|r) (my|our) (options|rights|chances)\b/,
  ru('какие у (меня|нас) (есть )?(права|варианты)'),
  /(我|我们)有(什么|哪些)(权利|办法|选择)/,
  /\b(do|did) (i|we) (still )?have (a|any) (good |strong |valid |real )?(case|claim|chance)\b/,
  /\b(have|do) (i|we) (still )?got (a|any) (good |strong |valid |real )?(case|claim|chance)\b/,
  // "I don't know what I'm supposed to do": at a loss in one's own matter.
  /\b(don'?t|do not) (even )?know what (to do|(i'?m|i am|we'?re|we are) (supposed|meant) to do)\b/,
  /\bwhat (am i|are we|im|i'm) (supposed|meant) to do\b/,
  /\b(will|would|could|can|do) (i|we) (win|lose)\b/,
  /\b(my|our) chances\b/,
  /\b(advise|advice for) (me|us)\b/,
  /\bwhat (would|do) you (advise|recommend|suggest)\b/,
  /\bin my (situation|position|shoes)\b/,
  /\b(am i|are we) (likely|going) to (win|lose)\b/,
  /\b(can|could|may|am i able to|are we able to) (i |we )?(still |even |actually |legally )?(sue|take (him|her|them|it|my \w+|the \w+) to court|press charges|get compensation|claim compensation|get my \w+ back)\b/,
  /\bis it (even )?worth (it to )?(suing|fighting|going to court|taking (him|her|them|it) to|appealing|contesting|challenging|pursuing|disputing)\b/,
  /\bhow much (\w+ ){0,3}(could|can|will|would|might) (i|we) (get|receive|recover|claim|sue for|get back)\b/,
  /\bis there anything (i|we) can do\b|\bwhere do i stand\b/,
  // Whether an offer made to the visitor is good enough.
  /\bis (that|this|it|the offer) (fair|enough(?! time)|a good (offer|deal)|reasonable)\b/,
  /\bis (that|this|it|the offer) (too )?(low|little|a lowball)\b|\b(lowball|low ?ball)(ing)? (me|us)\b/,
  /\b(accept|take|sign) (it|this|that|the offer|their offer) or (not|fight)\b/,
  // Russian
  ru('что (мне|нам) (теперь |сейчас |щас |тогда |дальше )?(делать|делат|предпринять|грозит|светит)'),
  ru('как (мне|нам) (теперь |сейчас |щас |тогда |дальше )?(быть|поступить|действовать)'),
  ru('стоит (ли )?(мне|нам)|мне (следует|нужно ли|стоит ли)'),
  ru('сколько (денег )?(я )?(могу|смогу|мне) (получить|взыскать|отсудить|требовать)|сколько я смогу'),
  ru('сколько (денег )?(я|мы) (получу|получим|отсужу|отсудим|выиграю|выиграем)'),
  // Whether to go to law: "стоит ли идти в суд", "стоит его засудить", "есть смысл оспаривать".
  ru(
    '(?<!сколько )(стоит|есть) (ли )?(мне |нам |вообще |какой-то |какой то )?(смысл )?(его |ее |их |на него |на нее |на них |с ним |с ней |с ними )?(засудить|судиться|подавать|подать|идти|обращаться|обратиться|оспаривать|оспорить|обжаловать|жаловаться|пожаловаться|увольняться|соглашаться|согласиться|подписывать|требовать)',
  ),
  ru('(я )?выиграю|выиграю ли|выиграем ли|есть ли (у меня|у нас) шанс|какие у (меня|нас) шансы|мои шансы'),
  ru('есть ли (у меня|у нас) (дело|основани\\p{L}*|перспектив\\p{L}*)'),
  ru('что (вы )?посоветуете|ваш совет'),
  ru('(соглашаться|согласиться|принимать|принять) (или нет|ли)|справедливо ли'),
  // Whether to take an offer: "соглашаться или это мало?".
  ru('(соглашаться|согласиться|принимать|подписывать|брать)( \\p{L}+)? или'),
  ru('(подписывать|увольняться|судиться|подавать) ли'),
  ru('в (моей|нашей) ситуации|в мо[её]м случае|в нашем случае|(мо[её]м?|моего|нашем|наше) дел[оаеу]'),
  ru(
    '(могу|смогу) (ли )?(я )?(его |ее |их |с него |с нее |с них |на него |на нее |на них )?(подать|судиться|засудить|взыскать|отсудить|оспорить|обжаловать)',
  ),
  ru('(имею ли я|есть ли у меня) право'),
  // Chinese
  /我(应该|应不应该|该不该|该)(?!(带|准备|怎么预约|几点|提前|先预约))/,
  /我的(案子|案件|情况)/,
  /(我|我们)(能|会)(赢|胜诉)吗|有(没有)?胜算|赢的(机会|可能)/,
  /(我|我们)(该|应该|要)?怎么办|怎么办才好|那怎么办|现在怎么办/,
  /(我|我们)(能|可以|能不能|可不可以)(告|起诉|控告|要回|拿回|索赔|要求赔偿|申请赔偿)/,
  /如何维权|怎么维权|怎样维权/,
  /(要不要|该不该|应不应该)接受|合理吗|公平吗/,
];

/** Cue 1: the visitor speaks of themselves, or of their own people (Russian and Chinese often drop "my"). */
const firstPerson = [
  /\b(i|im|i'm|ive|i've|i'd|me|my|mine|myself|we|we're|our|us)\b/,
  ru('я|меня|мне|мной|мой|моя|мое|моего|моей|моему|мою|мои|моих|мы|нас|нам|наш|наша|наше|нашего|нашей|наши|нашу'),
  ru(
    'муж|мужа|жена|жену|бывш\\p{L}*|папа|мама|отец|мать|мачеха|отчим|сын|сына|дочь|начальник|начальство|работодатель|арендодатель|хозя\\p{L}+|сосед\\p{L}*|партнер\\p{L}*|коллега',
  ),
  /我|俺|老公|老婆|丈夫|妻子|前夫|前妻|继母|继父/,
  // A story told without its subject: "got t-boned last week…", "поскользнулась в магазине…", "被人追尾了…".
  /^(got|was|been|just|hit|slipped|fell|tripped|crashed|[a-z]{2,}ed)\b/,
  /^\p{L}{2,}(л|ла|ли|лся|лась|лись)(?!\p{L})/u,
  // Russian drops "я" before its verb: "работаю на стройке…", "развожусь, муж…".
  /(^|[,.;!?] ?)(?!(какую|такую|другую|любую|каждую)(?!\p{L}))\p{L}{2,}(аю|яю|ею|ую|аюсь|яюсь|уюсь|жусь|шусь)(?!\p{L})/u,
  /^被/,
];

/** Cue 2: something happened, or keeps happening, in the visitor's life. */
const events = [
  // English: a past tense, an ongoing refusal or threat, a date in the past.
  // "I never hired a lawyer", "uncontested": no event.
  /(?<!\bbe )(?<!\bnever )\b(?!(need|speed|feed|based|interested|used|supposed|called|named|related|married|concerned|worried|wondered|located|licensed|qualified|recommended|referred|mentioned|contested|uncontested)\b)[a-z]{2,}ed\b/,
  /\b(got|was|had|did|made|lost|hit|fell|broke|died|left|took|kept|said|told|sent|gave|quit|caught|ran|drove|paid|bought|sold|spent|stole|cut|hurt|threw|went|found|wrote|hid|forgot|won|overstayed|cheated|been|leaves|gives|laid|bit|struck|stuck|sued|let (me|us|him|her) go)\b/,
  /\b(wont|won't|refuses?|refusing|keeps|threaten(s|ing)?|says|wants|offer|offering|offered|ignoring|taking)\b|\bowes? (me|us)\b/,
  /\b(is|are|keeps|been) \w+ing (my|me|us|our)\b/,
  /\b(theyll|they'll|hell|he'll|shell|she'll|theyre|they're) (\w+ )?(sue|fire|evict|take|move|report|keep|be)\b/,
  /\b\d+ (years?|yrs?|months?|weeks?|days?) ago\b|\bago\b|\byesterday\b|\blast (week|month|year|yr|night)\b|\bin (19|20)\d\d\b|\bfor (\d+|a|two|three|several) (years?|yrs?|months?|weeks?)\b/,
  /\b(im|i'm|i am) (owed|on|being|pregnant|behind|facing|charged|accused)\b|\b(i|we) (have|had) (a|an|\d+|already)\b(?! (question|few|quick))/,
  // Russian: a past tense (уволили, изменил, была), an ongoing refusal or demand, a date in the past.
  ru('(?!хотел|правил|начал|числ|школ|если|дела|дело|тело|мало|сила)\\p{L}{2,}(л|ла|ло|ли|лся|лась|лось|лись)|умер'),
  ru(
    'не \\p{L}+(ет|ют|ит|ат|ят)|(не )?(платит|платят|отдает|отдают|возвращает|выплачивает|дает|пускает)|отказыва\\p{L}+|удерживает|удерживают|требу\\p{L}+|угрожа\\p{L}+|предлага\\p{L}+|хочет|хотят|орет|молчит|заставля\\p{L}+|игнориру\\p{L}+|отпускает',
  ),
  ru(
    'выгоня\\p{L}+|выселя\\p{L}+|увольня\\p{L}+|штрафу\\p{L}+|шантажиру\\p{L}+|преследу\\p{L}+|обманыва\\p{L}+|обвиня\\p{L}+',
  ),
  // What others do to the visitor now: "меня считают самозанятым", "нас не пускают".
  ru('(меня|нас) (не )?\\p{L}{2,}(ют|ят)'),
  // A state the visitor has been in: "живем отдельно", "работаю без договора два года".
  ru(
    '(живем|живу) (отдельно|раздельно)|не живем вместе|(\\d+|два|две|три|четыре|пять|шесть|несколько|много) (года|лет|месяц\\p{L}*|недел\\p{L}*)',
  ),
  ru(
    'назад|вчера|позавчера|в прошлом|на прошлой неделе|уже|полгода|просрочен\\p{L}*|уволен\\p{L}*|беременна|судимост\\p{L}*|постоянно|все время|снова|опять|каждый (день|раз)|(истека|заканчива|конча)\\p{L}+',
  ),
  // "我会被开除吗": what may be done to the visitor themselves is their situation (unlike "会不会被别人知道").
  /我(会|会不会|是不是会)被/,
  // Chinese: a completed or passive event (了, 被, 有过), an ongoing refusal, a date in the past.
  // "会不会被别人知道" (will others find out) is a worry about what may happen, no event: 被 after 会/怕/担心 is not one.
  /了|(?<!会|会不会|不会|怕|担心|害怕|可能)被|有过|去世|过世|死了|出轨|车祸|受伤|摔|对方|曾经|以前|之前|去年|上个月|上周|上星期|昨天|前天|刚才|刚刚|已经|半年|一直|老是|总是|突然|偷偷|拖欠|欠我|(不|没)(给|退|还|发|付|让)|没有我|没留给我|漏了我|漏掉|要(跟|和|把|告|赶|带)|(扣|克扣|扣了|扣掉)(我|我们)|(说|叫)我/,
  // What the visitor has done or been through (experiential 过: "逾期居留过", "坐过牢"), not "没找过律师" (never),
  // "过一遍" (go over), "过户", "过去" (go there), "过不去" (can't come), "通过/超过" (through, over).
  /(?<!没有?\p{Script=Han}{0,3})(?<![不超通经难太度错路跳放越改透胜])过(?![来去户期程年节日关敏滤夜分于多半渡后时目问失错境不]|一遍|一下)/u,
  // Someone doing something to the visitor: "老公打我", "老板一直骚扰我".
  /(打|骂|骗|威胁|跟踪|骚扰|欺负|虐待|逼|拖欠|克扣|辞退|开除|解雇|起诉|赶)(了)?(我|我们)(?!的)/,
  // Something refused the visitor: "面谈没通过", "没批下来".
  /没(有)?(通过|批准|批下来|批|拿到|收到)/,
  // A record the visitor carries: an overstay, a criminal record (like "просрочен", "судимость").
  /逾期|黑户|非法(入境|居留|滞留|打工)|偷渡|案底|犯罪记录|前科/,
  // A state the visitor has been in for a while: "结婚一年半", "同居了三年", "在这家公司干了五年".
  /(结婚|同居|在一起|交往|分居|工作|上班|干|住|租|待)了?[一二两三四五六七八九十几半\d]+(个)?(年|月)/,
];

/** Cue 3: a question about what it means for the visitor, or what they may or should do. */
const outcomeRequests = [
  // "How do I…", "when can we…" ask how things are done, not what will become of the visitor.
  /(?<!\b(how|how long|how soon|when|where|what|which) )\b(can|could|will|would|should|shall|may|must|do|did|am) (i|we)\b/,
  /\b(is it|am i|are we) too late\b|\bam i in trouble\b|\bor what\b|\bwhat now\b/,
  /\bwhat (can|should|do) (i|we) (be )?do(ing)?\b|\bhow (do|can) (i|we) (make|force|stop|get) (him|her|them|it|(my|our) (money|deposit|bond|wages|pay|job|kids|children|car|things|stuff))\b/,
  /\b(can|could|may|are|is) (they |he |she |it |my (\w+ ){1,2}|the \w+ )(legally |actually |really |even |just )?(do|fire|evict|take|keep|sue|stop|make|force|deport|refuse|deny|withhold|move|cut)\b/,
  /\b(can|could|may) (he|she|they|it)\s*\?*$/,
  // A threat the other side made: "he says he'll withdraw my papers", "she threatened to take the kids".
  /\b(he|she|they) (says|said|keeps saying|threatens|threatened|is threatening|are threatening) (to |(he|she|they)('ll| will| would|'d| is going to| are going to) )/,
  /\bwill (that|this|it) (\w+ )?(affect|hurt|mess|ruin|count|help|matter|stop|block|cause)\b/,
  // "is that going to be a problem", "what happens now / to me", "who gets the house", "where do I complain".
  /\b(is|will|would|could) (that|this|it) (going to |gonna )?(be )?(a problem|an issue|held against|used against)\b/,
  /\bwhat (happens|will happen) (now |next )?(to|for) (me|us)\b/,
  // "is that retaliation", "any way to stay", "how do i prove it", "is there a warrant out for me".
  /\bis (that|this|it) (\w+ )?(retaliation|wrongful|harassment|discrimination|fraud|theft|breach|unlawful|illegal|legal|allowed)\b/,
  /\b(any|is there a|is there any) way (for (me|us) )?(to |i can |we can )?(stay|keep|stop|fight|avoid|win|appeal|reverse|undo|get (it|them|him|her|my \w+|our \w+) back)\b/,
  /\bhow (do|can|would|could) (i|we) (prove|fight|stop|challenge|contest|appeal|protect|defend|recover)\b/,
  /\b(is|are) there (a|an|any) \w+ (out )?(for|against|on) (me|us)\b/,
  /\b(is it )?worth (fighting|suing|pursuing|appealing|contesting|a (try|shot))\b|(^|[,.;!?] ?)(any )?options\s*\??$/,
  /\b(wrongful (termination|dismissal)|unfair dismissal|constructive dismissal|retaliation|discrimination)\s*\?/,
  /\b(fight|contest|appeal|sue|settle|sign|accept|take)( it| this| that| them| him| her)? or (pay|not|settle|wait|fight|sign|accept|leave)\b/,
  /\bwho('s| is) (right|at fault|to blame|liable|responsible)\b/,
  /\bwho (gets|keeps) (the|our|my|it)\b|\bwho (pays|is responsible|is liable|has to pay)( for (it|this|that|the (damage|repairs?|bills?|debt|car|house)|my \w+|our \w+))?\s*\??$/,
  /\bwhere (do|can|should) (i|we) (report|complain|file a complaint)\b|\bhow long can (i|we) (stay|remain)\b/,
  /\bis (she|he|that|this|it) (right|legal|allowed|true|fair|enough|ok|okay|normal|lawful|illegal|unfair dismissal|discrimination)\b/,
  ru('могу|смогу|могу ли|можно ли|можно (мне|нам)|мне можно|должен ли|должна ли|обязан ли|обязана ли'),
  ru('(может|могут|вправе|имеет|имеют) ли|(он|она|они) (может|могут|вправе|имеет право|имеют право)'),
  ru('можно (ли )?(оспорить|обжаловать|судиться|подать|вернуть|взыскать|требовать|отсудить)'),
  ru(
    '(лишат|посадят|депортируют|уволят|выселят|оштрафуют|откажут|вернут|выплатят) ли|(мне|нам) (его |ее |их )?(вернут|выплатят|заплатят|откажут)',
  ),
  ru('что (мне|нам) (достанется|положено|полагается)'),
  // "куда мне жаловаться", "можно что-то сделать?", "сколько можно получить", "это помешает гражданству?".
  ru(
    'куда (мне|нам) (теперь |сейчас )?(жаловаться|пожаловаться|обращаться|обратиться|подавать)(?! (по поводу|насчет|для|чтобы) (запис|консульт|оплат|встреч|при[её]м))',
  ),
  ru(
    '(можно|могу|можем)( ли)?( я| мы| мне| нам)? (что-то|что-нибудь|как-то|чего-то) (сделать|предпринять|изменить|оспорить|вернуть|требовать)',
  ),
  ru('сколько (можно|реально) (получить|отсудить|взыскать|требовать)'),
  ru('(это|что) (может )?(помешает|помешать|повлияет|повлиять|скажется|сказаться|испортит|навредит|навредить)'),
  ru('что (мне |нам )?(теперь )?(делать|делат|будет)|как (мне |нам )?(быть|поступить)'),
  ru('как (мне |нам )?(их |его |ее )?(вернуть|получить|взыскать|забрать|заставить)'),
  // "как добиться встреч", "имеет право?", "кто прав", "оспорю?", "есть ли способ".
  ru('как (мне |нам )?(теперь )?(добиться|доказать|защититься|защитить|оспорить|отстоять|обжаловать)'),
  /(имеет|имеют|вправе) (ли )?(он |она |они )?(на это )?(право|так делать|так поступать)?\s*\?/u,
  // "что теперь", "придется платить неустойку?", "кто будет платить за лечение".
  ru(
    '(и |а )?что (же )?теперь\\s*\\??$|(придется|прид[её]тся|должен ли|должна ли) (ли )?(мне |нам )?(\\p{L}+ )?(платить|заплатить|возмещать|возвращать|отдавать|съезжать)',
  ),
  ru('кто (будет )?(платить|оплачивать|возмещать|отвечать)'),
  ru('кому (теперь )?(достанется|отойдет|останется)|куда (теперь )?(идти|обращаться|жаловаться)\\s*\\?'),
  ru('кто (из нас )?(прав|виноват|должен (платить|оплачивать|возмещать)|заплатит|оплатит|возместит)'),
  ru('(оспорю|верну|докажу|обжалую|получу|отсужу)\\s*\\?'),
  ru('есть ли (какой-то |какой-нибудь )?(способ|выход|вариант)|(как-то|что-то) можно (сделать|исправить)'),
  ru('как (мне|нам) (это |их |его |ее )?\\p{L}{2,}(ть|ться|тся|ти)'),
  ru('есть (ли )?(у меня |у нас )?(\\p{L}+ )?(шанс|шансы|смысл)'),
  // A decision put as its verbs: "соглашаться?", "идти в суд или еще подождать".
  /(^|[,.;!] ?)\p{L}{3,}(ать|ять|ить|еть|ться|атся|ятся)\s*\?/u,
  ru('\\p{L}{2,}(ать|ять|ить|еть|ти|ться)( \\p{L}+){0,3} или( \\p{L}+)? \\p{L}{2,}(ать|ять|ить|еть|ти|ться)'),
  ru(
    '(?<!(надо|нужно|обязательно) ли )(подавать|подать|идти|обращаться) (ли )?(мне |нам )?(на (него|нее|них|\\p{L}+) )?в суд(\\s*\\?| или)',
  ),
  ru(
    '(я )?(получу|отсужу|выиграю)|(меня|мне|нас) (\\p{L}+ )?(депортируют|посадят|откажут|уволят|выселят|оштрафуют|лишат)',
  ),
  ru(
    'это (вообще |разве |точно )?(правда|законно|нормально|справедливо)|правда ли|законно ли|(еще )?не поздно|поздно ли',
  ),
  ru('\\p{L}+(ать|ять|ить|еть|ться) или (нет|требовать|судиться)|(подавать|подать) (в суд|иск|жалобу)\\?'),
  /(我|我们)(还)?(能|可以|会|有份|有权|能不能|可不可以)|(他|她|他们|公司|老板|房东|对方)(能|可以|会|有权)/,
  /怎么办|怎么做|怎么处理|怎么让|会不会|会被|(会|能|可以).{0,6}吗|是不是(必须|要)|必须.{0,6}吗|要不要|该不该|还能|还可以/,
  /(能|可以|会)(赔|拿|得到|要|分|拿到)(回)?多少/,
  // Whether an offer made to the visitor is enough: "не мало ли", "够不够".
  ru('не мало ли|(это|этого) (не )?(мало|маловато|достаточно)\\s*\\?'),
  /够不够|是不是太少|太少了吗|少不少|是不是(低|少)了/,
  /有办法吗|还有救吗|怎么补救|是真的吗|是不是真的|说得对吗|说的对吗|(要|得|需要|必须)(赔|还|付|交)(钱|违约金|罚款)?(吗|不)/,
  /留下来|留在(美国|这里|这边)|不用(走|离开)|不被(遣返|驱逐)/,
  /(这事|这件事|这种事|这个事)(该|要|应该)?(怎么|如何)(解决|处理|办)|合理不/,
  // "我要帮他还吗", "我一定要赔吗": whether the visitor must pay or answer for it.
  /(我|我们)(一定|必须|也)?(要|得|需要|必须)(帮|替)?\p{Script=Han}{0,3}(还|赔|付|承担|负责|搬走|离开)(钱|债)?(吗|不)/u,
  // "房子怎么分", "还有什么办法", "我怎么才能见到孩子", "医药费谁出".
  /怎么(分|赔|算|判|要回|拿回|争取)|还(有|有没有)(什么)?办法|(我|我们)怎么(样)?(才能|才可以)|谁(出|付|赔|负责|承担|买单)/,
  // "这样对吗", "他这么做合法吗": whether what was done to the visitor is right.
  /(这|这样|这么做|这样做|那样)(是)?(对|合法|合理|公平|正常|可以|行|违法)(的)?(吗|不)/,
  // "这算歧视吗", "我去哪里投诉": whether what happened to the visitor is a wrong, where they should go.
  /(这|这样|这种情况)(算|算不算|属于|是不是)(歧视|违法|违约|骚扰|欺诈|诈骗|非法|侵权|不当解雇|非法解雇|工伤|家暴|犯罪)/,
  /(我|我们)(该|应该|要|可以)?(去)?(哪里|哪儿|哪)(投诉|告|举报|起诉|申诉)/,
];

/** Asking the firm for a service ("can I book for Tuesday", "могу ли я записаться", "可以预约吗") asks for no outcome. */
const serviceRequests = [
  /\b(can|could|may|do|should|shall) (i|we) (\w+ )?(book|come|call|meet|pay|schedule|bring|email|visit|talk|speak|send|get an? (appointment|consultation|call ?back))\b/g,
  /\b(do|will|would) (i|we) need (to )?(bring|come|book|make|documents|papers|an? (appointment|consultation|translator|interpreter))\b/g,
  /(могу|можно|смогу)( ли)?( я| мне| нам)? (записаться|прийти|приехать|позвонить|оплатить|заплатить|встретиться|поговорить|получить консультацию|прислать)/gu,
  /как (мне|нам) (к вам )?(записаться|прийти|приехать|попасть|позвонить|связаться|оплатить|заплатить|встретиться|добраться|доехать)/gu,
  /(可以|能)(预约|过来|来|见面|付|刷卡|联系|打电话|视频|咨询)|(能|可以|能不能|可不可以)(帮我|帮忙|替我)/g,
];

/** "Generally", "in general", "一般": a question about the rule, not the visitor's own matter. */
const general =
  /\b(generally|in general|usually|typically)\b|\bwhat (to do|happens|do you do|does one do) (if|when)\b|\bhow does (\w+ ){0,4}(actually |even )?work\b|обычно|в целом|в общем случае|(что|как) (делать|быть|поступить),? если|一般|通常/u;

/** A question is asked: a question mark, a question particle or word ("ли", "吗", "who", "кому", "谁"). */
const asksSomething = [
  /[?？]|[吗呢么嘛]\s*$|[不没]\s*$/u,
  /(^|[,.;!] ?)(can|could|will|would|is|are|am|do|does|did|should|must|who|what|where|how|why|which|any)\b/,
  ru('ли|что|как|кто|кому|куда|где|почему|зачем|чем|сколько|можно'),
  /怎么|什么|谁|哪|多少|能不能|可不可以|是不是|会不会|有没有|要不要|该不该/,
];
/** The visitor or the other side of their story, named in what they ask. */
const peopleInTheStory = [
  /\b(i|im|i'm|me|my|we|us|our|he|him|his|she|her|they|them|their)\b/,
  ru('я|меня|мне|мы|нас|нам|мой|моя|мое|мои|он|она|они|его|ее|их|ему|ей|им|него|нее|них'),
  /我|他|她|对方/,
];
/**
 * Addressed to the firm ("do you", "вы занимаетесь", "你们", a lawyer, a consultation, "подскажите"), asking how
 * a thing is done, what it costs or how long it takes, or a hypothetical ("if", "если", "万一"): not the
 * visitor's own outcome, whatever their story.
 */
const aboutTheFirmOrRule = [
  /\b(you|your|yours|u|ur|ya|yall|you'?re|firm|lawyers?|attorneys?|solicitors?|consult\w*|appointment|book\w*|form|meeting|if)\b/,
  /\bhow (long|much|soon|quickly|fast)\b|\bhow (does|do|is|are) (it|the|a|this|that)\b|\bwhat (does|do) (\w+ ){1,4}(involve|cost|mean|take)\b|\bwhat (are|is) the (steps|process|procedure)\b|\b(what|which) (documents|papers)\b/,
  /\bhow (do|can|would|should) (i|we) (get|apply|file|start|make|open|register|set up|begin|go about)\b|\bis there (a|any) way to\b/,
  ru(
    'вы|вас|вам|ваш\\p{L}*|\\p{L}+(ете|ите|етесь|итесь)|юрист\\p{L}*|адвокат\\p{L}*|консультаци\\p{L}*|запис\\p{L}+|заявк\\p{L}*|подскажите|скажите|если|в таком случае',
  ),
  ru(
    'сколько (\\p{L}+ )?(стоит|стоят|времени|по времени|займет|занимает|длится|ждать)|как (вообще )?\\p{L}+(ется|ются|ится|ятся)',
  ),
  /你们|您|律师|律所|咨询|预约|帮我|帮忙|替我|请问|想问|了解一下|想了解|万一|如果|假如|要是|的话|流程|多久|多长时间|多少钱|收费|费用|材料|手续|有没有办法|如何|怎么(申请|办|办理|操作|弄)/,
];

export function asksForAdvice(question: string): boolean {
  const text = question
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ');
  if (requests.some((pattern) => pattern.test(text))) return true;
  if (general.test(text)) return false;
  const has = (cues: RegExp[]) => cues.some((pattern) => pattern.test(text));
  if (!has(firstPerson) || !has(events)) return false;
  const asked = serviceRequests.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
  if (outcomeRequests.some((pattern) => pattern.test(asked))) return true;
  // A story of the visitor's own, then a question about the people in it, not put to the firm nor about how
  // things are done: what it means for them ("are they coming after me", "ему правда положено?", "我一定要赔吗").
  const clauses = text
    .split(/(?<=[.?!;。？！；,，])\s*|\s+(?=but |а |но |但是?)|(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/u)
    .filter((c) => /\p{L}/u.test(c));
  const lastClause = clauses[clauses.length - 1] ?? text;
  return (
    asksSomething.some((pattern) => pattern.test(lastClause)) &&
    peopleInTheStory.some((pattern) => pattern.test(lastClause)) &&
    !aboutTheFirmOrRule.some((pattern) => pattern.test(text))
  );
}
