/**
 * Questions that ask for advice on the visitor's own case (issue 20): a request for a legal outcome or a
 * course of action ("can I sue", "what should I do", "do I have a case", "могу ли я подать в суд", "как мне
 * поступить", "我能告他吗", "我该怎么办"), or a first-person situation ("my boss fired me last week") followed
 * by a question about what may happen to the visitor ("can they…", "is it legal…"). The bot answers only from
 * the firm's FAQ and gives no legal advice, so these go to a person even when an entry matches their words.
 * General questions stay answerable: "can my employer fire me without a reason?", "what are the steps after
 * a car accident?".
 *
 * @example
 *   asksForAdvice('What should I do about my landlord?') // true
 *   asksForAdvice('бывший муж не платит алименты, как мне поступить?') // true
 */

/** Asking what to do, or for an outcome, in one's own matter: advice whatever else the question says. */
const requests = [
  // English
  // "What should I bring?" asks about the firm, not the visitor's matter.
  /\bshould i\b(?! (bring|have with me|prepare|expect|ask|call|contact|book|email|come|pay|wear|send|tell you))/,
  /\b(is|was) (my|our) case (strong|good|worth|winnable|weak|any good)\b/,
  /\b(chances|odds|outcome) (in|of|for|with) (my|our) case\b/,
  /\bwhat (should|do|can|shall|would) (i|we) do\b/,
  /\bwhat (are|r) (my|our) (options|rights|chances)\b/,
  /\bwhat are the chances\b/,
  /\b(do|did) (i|we) (still )?have (a|any) (good |strong |valid |real )?(case|claim|chance)\b/,
  /\b(will|would|could|can|do) (i|we) (win|lose)\b/,
  /\b(my|our) chances\b/,
  /\b(advise|advice for) (me|us)\b/,
  /\bwhat (would|do) you (advise|recommend|suggest)\b/,
  /\bin my (situation|position|shoes)\b/,
  /\b(am i|are we) (likely|going) to (win|lose|get|be)\b/,
  /\b(am i|are we) (entitled|liable|owed|protected)\b/,
  /\b(can|could|may|am i able to|are we able to) (i |we )?(still |even |actually |legally )?(sue|take (him|her|them|it|my \w+|the \w+) to court|press charges|file (a )?(claim|complaint|lawsuit|suit)|get compensation|claim compensation|recover|get my \w+ back|contest|challenge|appeal|fight (it|this|back))\b/,
  /\bis it worth (suing|fighting|going to court|taking)\b/,
  // What the visitor's own claim is worth, whether an offer is fair, whether the other side may do something.
  /\bhow much (\w+ ){0,3}(could|can|will|would|should|might|do) (i|we) (get|receive|recover|claim|be owed|ask for|sue for|get back)\b/,
  /\b(will|would|could|am) (i|we) (be deported|get deported|go to (jail|prison)|lose (my|our|the) \w+|have to pay (him|her|them|it|back)|be fired|get (fired|evicted)|be evicted|get in trouble|be in trouble)\b/,
  /\bis there anything (i|we) can do\b|\bwhat (are|r) my rights\b|\bwhere do i stand\b/,
  /\bis (that|this|it|the offer) (fair|enough|a good (offer|deal)|reasonable)\b/,
  /\b(accept|take|sign) (it|this|that|the offer|their offer) or (not|fight)\b/,
  /\b(can|could|is) (he|she|they|it) (do|allowed to do|legally do) (that|this)\b/,
  /\bhow (do|can|could) (i|we) (sue|get (him|her|them) to|make (him|her|them)|force (him|her|them)|get my (money|deposit|job|wages) back)\b/,
  // Russian
  /что (мне|нам) (теперь )?(делать|предпринять)/,
  /что (мне|нам) (теперь )?(грозит|светит|будет)|на что (я|мы) (могу|можем) (рассчитывать|претендовать)/,
  /как (мне|нам) (теперь )?(быть|поступить|действовать)/,
  /стоит (ли )?(мне|нам)/,
  /сколько (денег )?(я )?(могу|смогу|можно|мне) (получить|взыскать|отсудить|требовать)/,
  /(соглашаться|согласиться|принимать|принять) (или нет|ли)|справедливо ли/,
  /(он|она|они) (имеет|имеют) (на это )?право|(может|могут) ли (он|она|они) (так|это)/,
  /(мо[её]м?|моего|нашем|наше) дел[оаеу]/,
  /я выиграю|выиграю ли|выиграем ли|есть ли (у меня|у нас) шанс|какие у (меня|нас) шансы|мои шансы/,
  /посоветуйте|что (вы )?посоветуете|ваш совет/,
  /в (моей|нашей) ситуации|в мо[её]м случае|в нашем случае/,
  /мне (следует|нужно ли|стоит ли)/,
  /(могу|можно) (ли )?(я |мне )?(его |ее |их |с него |с нее |с них |на него |на нее |на них )?(подать|судиться|засудить|требовать|потребовать|вернуть|взыскать|оспорить|обжаловать|отказаться|не платить|получить (компенсацию|деньги)|расторгнуть|забрать)/,
  /(имею ли я|есть ли у меня) право/,
  /как (мне )?(вернуть|взыскать|получить обратно|засудить|заставить)/,
  // Chinese
  /我(应该|应不应该|该不该|该)(?!(带|准备|怎么预约|几点|提前|先预约))/,
  /我的(案子|案件|情况)/,
  /(我|我们)还(能|可以)/,
  /(我|我们)(能|可以)?(多分|分到|分多少|拿到多少|得到多少|要多少)/,
  /(我|我们)(会|要)(坐牢|被遣返|被驱逐|被开除|被起诉|赔多少)/,
  /(我|我们)?能(赢|胜诉)吗|会(赢|胜诉)吗|有(没有)?胜算|赢的(机会|可能)/,
  /(我|我们)(该|应该|要)?怎么办|怎么办才好|那怎么办|现在怎么办/,
  /(我|我们)(能|可以|能不能|可不可以)(告|起诉|控告|要回|拿回|索赔|要求赔偿|申请赔偿|拒绝|不付|不还|不签|赢)/,
  /(我|我们)有权/,
  /能(赔|拿|得到|要)多少|(要不要|该不该|应不应该)接受|(可以|能)这样(做)?吗|合理吗|公平吗/,
  /(该|应该)怎么(做|处理)|如何维权|怎么维权|怎样维权/,
];

/** Something that happened to the visitor: "fired me", "i signed … 2 years ago", "уволил меня", "我被解雇". */
const situations = [
  /\b(in|with|about|on|for) (my|our) case\b/,
  /\b(i|we) ('ve |have |had )?(signed|was|were|got|received|lost|worked|filed|bought|rented|moved|paid|been)\b/,
  /\b(fired|evicted|sued|injured|hit|dismissed|let|laid|cheated|scammed|harassed|threatened|owes?) (me|us)\b/,
  /\b(got|been|was|were|just got|i'm|im|am) (fired|laid off|let go|evicted|sued|arrested|injured|hurt|hit|t-boned|rear-ended|divorced|served|caught|stopped|charged|scammed)\b/,
  /\b\d+ (years?|months?|weeks?|days?) ago\b|\b(yesterday|last (week|month|year))\b/,
  /\b(i|we) (dont|don't|do not) want (my|our|him|her|them)\b/,
  /\bmy (ex[- ]?|former |old |new )?(boss|employer|landlord|ex|husband|wife|company|neighbou?r|tenant|partner|manager|old company|former employer) (has |had |just |still )?(\w+ed|won't|wont|refuses|didn't|didnt|hasn't|hasnt|keeps|took|told|said|threatens|is (not|refusing|threatening|trying))\b/,
  /(мы|я) (купили|купил|снимаем|прожили|живем|получил|получила|потерял|потеряла|взял|взяла|одолжил|одолжила)|(муж|жена|бывший|бывшая|начальник|арендодатель|работодатель|сосед) (подал|подала|ушел|ушла|забрал|забрала|хочет|требует|отказ|не плат|не верн|орет|угрожает)/,
  /(меня|нас) (уволили|сократили|выселяют|оштрафовали|сбили|обманули)|попал в|упал|сломал|пострадал|(уволил|уволили|выгнал|выселя|не плат|не вернул|не отда|обманул|подал на меня|угрожа|подписал|я работаю|я снимаю|меня (сбил|ударил|оштрафовал))/,
  /我的?(绿卡|签证|工资|押金|合同|房子|驾照|身份).{0,6}(了|到期|过期|被)|跟(老公|老婆|丈夫|妻子|前夫|前妻)(已经)?(分居|离婚|吵)|(已经|上个月|去年|昨天|前天|上周|上星期).{0,12}了/,
  /我的?(老公|老婆|丈夫|妻子|前夫|前妻|老板|房东|公司|雇主|邻居).{0,10}了/,
  /(我被|被裁|被开除|被辞退|出车祸|摔|被撞|被拍|我签了|我在.{0,8}工作|(公司|老板|房东)(突然|要我|叫我|把我|让我)|(老板|房东|公司|前夫|前妻|丈夫|妻子|老公|老婆|雇主)(不|没|拖欠|扣|开除|辞退|解雇|赶).{0,6}我)/,
];

/** …and a question about what may happen, or whether something done to them is allowed. */
const outcomeQuestions = [
  /\bwhat (will|would|could|is going to) happen\b/,
  /会(不会)?(坐牢|判刑|被判|进监狱|留案底|被遣返|被驱逐)/,
  /\b(can|could|may|is it legal for|are they allowed to|is (he|she|it) allowed to) (they|he|she|it|my \w+( \w+)?|the \w+|them) .{0,40}\b(me|us|my)\b/,
  /\b(is|was) (it|that|this) (legal|allowed|lawful|illegal)\b/,
  /\bwhat (to|can i|do i) do\b/,
  /\b(can|could|may) (i|we) \w+/,
  /\bdo (i|we) have to\b/,
  /(могут|может|имеет|имеют|вправе) ли/,
  /(положен[аоы]?|полагается) ли|что мне (положено|полагается)/,
  /(законно|правомерно|легально) ли/,
  /что (теперь )?(делать|предпринять)|как (быть|поступить)/,
  /(能|可以|能不能|可不可以|合法吗|违法吗|有权|必须|一定要|是不是要|会不会)/,
  /(должен|обязан|обязаны|должны) ли|(мне|нам) (нужно|надо) ли|это законно/,
];

/** "Generally", "in general", "一般": a question about the rule, not the visitor's own matter. */
const general = /\b(generally|in general|usually|typically)\b|обычно|в целом|в общем случае|一般|通常/;

export function asksForAdvice(question: string): boolean {
  const text = question
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ');
  if (requests.some((pattern) => pattern.test(text))) return true;
  if (general.test(text)) return false;
  return situations.some((p) => p.test(text)) && outcomeQuestions.some((p) => p.test(text));
}
