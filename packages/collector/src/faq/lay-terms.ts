/**
 * How people ask about a law firm, in lay words, English, Russian and Chinese: each concept lists the words
 * and phrases visitors use for it (issue 20). A question and an entry meet on the concept, not on the firm's
 * wording, so "let go" finds "wrongful termination" and "律师费" finds "legal fees" in any language.
 * General knowledge of how people talk about legal services, written without any firm's FAQ in view.
 * English and Russian phrases are stemmed when loaded and match in order with small gaps; Chinese ones
 * match as substrings.
 *
 * @example
 *   layConcepts.find((c) => c.id === 'divorce')?.en // ['divorce', 'split up', …]
 */

export type LayConcept = {
  id: string;
  /**
   * `intent`: what is asked about (price, time, place); `topic`: what it is about; `context`: how visitors set
   * the scene ("sorry to bother", "we have no kids", "英文不好") — read so its words count for nothing.
   */
  kind: 'intent' | 'topic' | 'context';
  /** A broader topic the concept belongs to ("speeding" is a traffic offence): a question names both. */
  parent?: string;
  en: string[];
  ru: string[];
  zh: string[];
};

const list = (text: string) =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

const concept = (
  id: string,
  kind: LayConcept['kind'],
  en: string,
  ru: string,
  zh: string,
  parent?: string,
): LayConcept => ({ id, kind, en: list(en), ru: list(ru), zh: list(zh), ...(parent ? { parent } : {}) });

/** Concepts that name what a question is about (not what it asks): an office fact's entry has none. */
export const topicConcepts = (): Set<string> =>
  new Set(layConcepts.filter((c) => c.kind === 'topic').map((c) => `#${c.id}`));

/** What a question asks (how much, how long, where), without the general "how" and "what happens". */
export const intentConcepts = (): Set<string> =>
  new Set(
    layConcepts.filter((c) => c.kind === 'intent' && c.id !== 'how' && c.id !== 'what-happens').map((c) => `#${c.id}`),
  );

/**
 * The broader topic an entry may answer a narrower one under: a concept's parent ("#speeding" under "#traffic"),
 * and a status the visitor only mentions ("他是澳洲公民" in a partner visa story) under immigration.
 */
export const broaderTopicOf = (): Map<string, string> =>
  new Map([
    ...layConcepts.flatMap((c) => (c.parent ? [[`#${c.id}`, `#${c.parent}`] as [string, string]] : [])),
    ['#citizen', '#immigration'],
  ]);

export const layConcepts: LayConcept[] = [
  // What is asked: price, time, place, …
  concept(
    'cost',
    'intent',
    'how much | cost | costs | upfront | up front | price | pricing | priced | fee | fees | charge | charges | charging | expensive | cheap | affordable | afford | rate | rates | pay | paying | payment | money | bill | billed | billing | dollars | quote | retainer | budget | legal fees | lawyer fees | attorney fees | paid | get paid | estimate | estimates | ballpark | gst | costs agreement | fee agreement | fees agreement | fee arrangement | fee arrangements | payment arrangement | engagement letter | retainer agreement | fee letter | billing agreement | how much do you charge | what do you charge | gst included | including gst',
    'сколько стоит | стоит | стоимость | цена | цены | расценки | тариф | оплата | платить | заплатить | оплатить | плата | дорого | дешево | деньги | гонорар | по деньгам | счет | прайс | платная | платный | платное | платно | обойдется | во сколько обойдется | берете | берут | по ценам | ценам | ценник | смета | сколько берете | сколько возьмете | по стоимости | за работу | за услуги | деньги за работу | с ндс | включая ндс | включая налог | примерная стоимость | примерную стоимость | примерно сколько | смету | оценку стоимости | договор об оплате | договор на оплату | соглашение об оплате | соглашение о гонораре | договор на услуги | договор на оказание услуг | договор оказания услуг',
    '多少钱 | 费用 | 收费 | 交钱 | 先交钱 | 收费标准 | 收钱 | 收多少 | 价格 | 价钱 | 花费 | 贵 | 便宜 | 付钱 | 付费 | 律师费 | 钱 | 费 | 报价 | 怎么收 | 付多少 | 花多少 | 要钱 | 收不收费 | 价位 | 咨询费 | 收费怎么算 | 贵不贵 | 消费税 | 含税 | 含不含税 | 含不含 | 包不包含 | 大概多少钱 | 预估 | 费用协议 | 收费协议 | 付费协议 | 委托协议 | 委托合同 | 收费合同 | 服务合同 | 费用合同',
  ),
  concept(
    'hourly',
    'intent',
    'per hour | an hour | by the hour | hourly | hourly rate | hourly rates | hour rate',
    'в час | почасовая | почасово | почасовка | за час | почасовая оплата | час юриста | стоит час работы | цена часа работы | час адвоката | по часам | почасовой | почасовую',
    '每小时 | 按小时 | 按钟点 | 钟点 | 按时收费 | 小时收费 | 时薪 | 一小时 | 一个小时多少',
  ),
  concept(
    'flat-fee',
    'intent',
    'flat fee | flat rate | fixed fee | fixed price | set price | package price',
    'фиксированная цена | фиксированная сумма | фиксированная оплата | фиксированная стоимость | фиксированный гонорар | фиксированную сумму | фиксированно | фикс | фиксированная плата | фиксированная | фиксированный | фиксированной',
    '固定费用 | 固定收费 | 固定价 | 一口价 | 打包价 | 固定价格',
  ),
  concept(
    'instalments',
    'intent',
    'instalments | installments | instalment | installment | in stages | monthly payments | payment plan | pay monthly | spread the cost | pay over time',
    'рассрочка | в рассрочку | частями | по частям | помесячно',
    '分期 | 分期付款 | 分几次 | 按月付',
  ),
  concept(
    'legal-aid',
    'topic',
    'legal aid | pro bono | free legal help | free legal advice | cant afford a lawyer | cant afford a solicitor | cant afford an attorney | low income',
    'бесплатная юридическая помощь | юридическая помощь бесплатно | бесплатный юрист | бесплатный адвокат | legal aid',
    '法律援助 | 免费法律帮助 | 请不起律师 | 法援',
  ),
  concept(
    'free',
    'intent',
    'free | no charge | without charge | for nothing | complimentary | no cost | gratis',
    'бесплатно | бесплатная | бесплатный | даром | без оплаты',
    '免费 | 不收费 | 不要钱 | 收费吗',
  ),
  concept(
    'duration',
    'intent',
    'how long | take long | how many months | how many weeks | how quickly | how fast | timeline | timeframe | time frame | months | weeks | years | quickly | fast | speed up | wait | waiting | long process | last',
    'сколько времени | как долго | как быстро | долго ли | долго длится | долго ждать | долго идет | быстро | срок | сроки | месяцев | недель | длится | ждать | время | сколько занимает | занимает времени | за сколько | тянется | затянется | затягивается | растягивается',
    '多久 | 多长时间 | 多少时间 | 时间 | 多快 | 几个月 | 几年 | 要多长 | 快 | 周期 | 等多久',
  ),
  concept(
    'deadline',
    'intent',
    'deadline | deadlines | statute of limitations | how long do you have | how much time do i have | how long to file | file within | time limits | time limit | too late | limitation period | how long do i have | cutoff | expire | 21 days | how long do i have to claim | too late to claim | within',
    'срок давности | крайний срок | какой срок | сколько есть времени | срок подачи | успеть подать | слишком поздно | не поздно | пропустил срок | сколько дней | успеть | в течение',
    '期限 | 时效 | 诉讼时效 | 多久之内 | 时间限制 | 之内要 | 太晚 | 截止 | 多少天内 | 来得及 | 几天内',
  ),
  concept(
    'how',
    'intent',
    'process | steps | procedure | calculate | calculated | calculation | formula | guidelines | requirements | requirement | eligible | qualify | apply | application | decide | decided | decides | determine | determined | factors | criteria | how does it work | how it works',
    'процесс | процедура | порядок | подать | подавать | подается | считают | считается | рассчитывается | расчет | рассчитать | шаги | как получить | требования | подать заявление | как оформить | оформление | критерии | по каким критериям | как определяют | как решают | как решается | от чего зависит | как это работает',
    '流程 | 程序 | 步骤 | 计算 | 怎么算 | 办理 | 手续 | 怎么办理 | 条件 | 要求 | 申请 | 材料 | 怎么弄 | 公式 | 标准 | 怎么定 | 怎么决定 | 怎么判 | 看什么 | 怎么运作',
  ),
  concept(
    'what-happens',
    'intent',
    'what happens | what will happen | who gets | who inherits | what becomes of',
    'что будет | что происходит | что станет | кому достанется | кто получит',
    '会怎样 | 怎么分 | 归谁 | 谁继承 | 会怎么样',
  ),
  concept(
    'notice',
    'intent',
    'notice | notice period | notices | warning | notify | notified | section 21 | section 8',
    'предупредить | предупреждение | уведомление | уведомить | предупреждают',
    '通知 | 提前通知 | 预告',
  ),
  concept(
    'first',
    'intent',
    'first | 1st | initial | intro | introductory',
    'первая | первый | первичная | первичный | начальная',
    '首次 | 第一次 | 初次 | 头一次',
  ),
  concept(
    'consultation',
    'topic',
    'consultation | consult | consultations | first meeting | initial meeting | sit down | talk to a lawyer | speak to a lawyer | meeting with a lawyer | discuss my | case evaluation',
    'консультация | консультации | проконсультироваться | встреча с юристом | встреча с адвокатом | первая встреча | поговорить с юристом',
    '咨询 | 面谈 | 初次见面 | 见律师 | 谈谈',
  ),
  // Office facts: answered from the site's settings when it has them.
  concept(
    'location',
    'intent',
    'where | address | located | location | locations | directions | find you | find your office | get to your office | come to your office | visit | office located | parking | park | garage | street | building | which city | near you | near your office | nearest | whereabouts | where abouts | public transport | tram | tram stop | bus stop | subway | train station | metro | step free | step-free | wheelchair | accessible | accessibility | nearby | near | close to | what floor | which floor | suite | how do i get there | map | train | station | ramp | lift | elevator | car park | carpark | walk from | how to get to you | pram | closest | nearest stop | closest stop | closest station | nearest station | how far | far from',
    'где | адрес | находитесь | метро | остановка | доступ для инвалидной коляски | находится | расположен | расположены | как добраться | как доехать | парковка | припарковаться | офис находится | где вы | рядом | поблизости | этаж | этаже | на карте | доехать | электричка | станция | станции | вокзал | пандус | лифт | добраться до вас | коляска | коляски | инвалидная коляска | для инвалидов | автобус | автобусе | на автобусе | поезд | поезде | на поезде | трамвай | трамвае | на трамвае | на такси | пешком | далеко от | как далеко | ближайшая станция',
    '在哪 | 在哪里 | 在哪儿 | 地址 | 地铁 | 公交 | 轮椅 | 无障碍 | 位置 | 怎么去 | 怎么走 | 停车 | 办公室在 | 地点 | 哪个城市 | 附近 | 旁边 | 几楼 | 楼层 | 怎么到 | 地图 | 火车站 | 车站 | 坡道 | 电梯 | 停车场 | 好找 | 好不好找 | 怎么找到 | 残疾人 | 坐车 | 公交车 | 巴士 | 火车 | 轻轨 | 走过去 | 远不远 | 多远 | 离你们 | 最近的站 | 开车过去 | 开车去 | 开车来 | 开车到',
  ),
  concept(
    'hours',
    'intent',
    'hours | office hours | opening hours | bank holiday | bank holidays | public holiday | after hours | late | business hours | open | opens | opening | closing time | what time do you close | when do you close | close at | office close | office closes | does the office close | closed | saturday | sunday | weekend | weekends | evening | evenings | after work | holiday | holidays | what time | when are you open | come in | monday | tuesday | wednesday | thursday | friday | mondays | fridays | weekday | weekdays | until what time | how late | public holidays | lunch | morning | mornings | afternoon | afternoons | shut | shuts',
    'часы работы | работаете | работает | открыты | открыт | открывается | закрываетесь | во сколько | в субботу | суббота | воскресенье | выходные | выходных | вечером | график работы | режим работы | прийти | понедельник | вторник | среда | среду | четверг | пятница | пятницу | будни | по будням | до скольки | до которого часа | праздники | праздничные дни | в праздники | утром | утра | с утра | днем',
    '营业 | 工作时间 | 几点 | 周六 | 周日 | 星期六 | 星期天 | 周末 | 上班时间 | 办公时间 | 开门 | 关门 | 下班 | 晚上 | 节假日 | 营业时间 | 上班 | 平时几点 | 几点开 | 几点关 | 开到几点 | 白天 | 周一 | 周二 | 周三 | 周四 | 周五 | 星期一 | 星期二 | 星期三 | 星期四 | 星期五 | 工作日 | 开到 | 几点到几点 | 公众假期 | 假日 | 中午 | 上午 | 下午 | 早上',
  ),
  concept(
    'language',
    'intent',
    'speak | speaks | speaking | language | languages | spanish | russian | chinese | mandarin | cantonese | english | translator | interpreter | bilingual | native | talk in | in my language | my language',
    'язык | языке | языках | говорит | говорите | по-русски | по русски | русском | русский | русскоязычный | переводчик | английский | китайский | испанский | русскоговорящий | русскоговорящего | русскоязычного | на русском | по-английски | по английски | говорит по | общаться на',
    '中文 | 普通话 | 国语 | 粤语 | 语言 | 说中文 | 讲中文 | 翻译 | 英语 | 俄语 | 西班牙语 | 华人律师 | 英文 | 华语 | 讲普通话 | 说普通话 | 讲粤语 | 说英语 | 广东话 | 讲广东话 | 说广东话 | 上海话 | 闽南话 | 台湾话 | 方言 | 双语',
  ),
  concept(
    'book',
    'intent',
    'book | booking | reply | replies | respond | response | hear back | get back to me | call me back | callback | appointment | appointments | schedule | scheduling | set up a meeting | make an appointment | get in touch | reach you | contact you | contact | talk to someone | call you | phone number | email you | sign up | reach | get hold of you | speak with a lawyer | talk with a lawyer | your number | want to meet | like to meet | need to meet | see a lawyer | see an attorney | see a solicitor | calendar | get on your calendar | set up a time | set a time | find a time | book a time | set up a call | set up an appointment | set up a consultation',
    'записаться | запись | записи | назначить встречу | перезвоните | перезвонить | ответите | ответа | заявку | заявка | связаться | позвонить | номер телефона | телефон | написать вам | договориться о встрече | оставил заявку | записаться на прием | записать | перезвонят | поговорить с адвокатом | связатся | дозвониться | ваш телефон | номер | встретиться с адвокатом | встретиться с юристом | хочу встретиться | попасть на прием | попасть к адвокату | прийти на консультацию',
    '预约 | 约时间 | 约个时间 | 联系 | 回复 | 回电 | 答复 | 填了表 | 电话号码 | 打电话 | 怎么找你们 | 约个 | 约一下 | 想约 | 约律师 | 约见 | 留了言 | 留言 | 回电话 | 联系方式 | 找律师 | 跟律师聊 | 联系律师 | 电话多少 | 联系电话 | 电话号码多少',
  ),
  concept(
    'remote',
    'intent',
    'come in person | in person | video | video call | e-sign | esign | electronically | electronic signature | sign online | digital signature | docusign | come into the office | come to the office | have to come in | zoom | online | remote | remotely | virtual | virtually | skype | teams | facetime | by phone | over the phone | phone call | without coming in | instead of coming in | rather than coming in | instead of coming to | from home | from abroad | in person | phone consult | phone consultation | on the phone | by video | video chat',
    'видео | видеосвязь | созвониться | подписать онлайн | электронная подпись | надо ехать | не приезжать | видеозвонок | онлайн | удаленно | дистанционно | зум | скайп | по телефону | не приезжая | лично | по видео | видеосвязи | онлайн консультация | приезжать в офис | приехать в офис | приезжать лично | обязательно приезжать',
    '视频 | 电子签名 | 电子签 | 网上签 | 跑一趟 | 线上 | 网上 | 远程 | 在线 | 电话咨询 | 不用去 | 微信视频 | 当面 | 视频通话 | 网络会议 | 不用来 | 不来办公室 | 电话里 | 电话沟通 | 视频咨询 | 网上咨询',
  ),
  concept(
    'confidential',
    'topic',
    'confidential | confidentiality | private | privacy | secret | privileged | privilege | share my information | tell anyone | kept safe | keep it between | stay private | stays private | between us | stay between us | keep it private | keep it secret | kept private | discreet | anonymous | anonymously | find out | found out | will anyone know | anyone find out | will they know',
    'конфиденциально | конфиденциальность | тайна | адвокатская тайна | секрет | разглашать | никому не расскажете | между нами | останется между нами | никуда не уйдет | никому не скажете | не разглашаете | анонимно | конфиденциальна | узнает ли | узнают ли | не узнает | никто не узнает | защищена | защищены | в тайне',
    '保密 | 隐私 | 机密 | 泄露 | 告诉别人 | 不外传 | 外传 | 不会说出去 | 匿名 | 保不保密 | 被别人知道 | 别人知道 | 被知道 | 让别人知道 | 外人知道 | 会不会被知道',
  ),
  // Family
  concept(
    'divorce',
    'topic',
    'divorce | divorces | divorced | divorcing | split up | splitting up | separate | separation | separating | end my marriage | ending our marriage | family law | dissolution | breaking up | break up | broke up | relationship ends | relationship ended | end of the relationship | end of a relationship | separated | living apart | live apart | separated for',
    'развод | развода | разводом | развестись | разводиться | расторжение брака | расторгнуть брак | семейное право | разойтись | расставание | расстались | расстаться | расходимся | расходиться | раздельно | жить раздельно | живем раздельно | раздельное проживание',
    '离婚 | 分居 | 婚姻解除 | 分手 | 感情破裂 | 分开住 | 分开了',
  ),
  concept(
    'uncontested',
    'topic',
    'uncontested | amicable | mutual agreement | both agree | we agree | no dispute',
    'по взаимному согласию | по согласию | мирно | без споров | оба согласны | обоюдному согласию | обоюдно | без суда',
    '协议离婚 | 和平离婚 | 双方同意 | 都同意 | 和平分手 | 没有争议',
  ),
  concept(
    'custody',
    'topic',
    'custody | visitation | parenting time | parenting plan | who gets the kids | who gets the children | keep the kids | see my kids | see my children | guardianship | parenting arrangements | parenting arrangement | parenting orders | parenting order | who the children live with | who the kids live with shared care | shared parenting',
    'опека | опеки | с кем останется ребенок | с кем останутся дети | порядок общения | видеться с ребенком | определение места жительства | с кем будут жить дети | с кем будет жить ребенок | с кем жить | место жительства ребенка | опеку | опекой | общение с детьми | порядок общения с детьми',
    '抚养权 | 监护权 | 探视 | 孩子归谁 | 孩子跟谁 | 孩子跟谁住 | 跟谁住 | 抚养安排 | 探视权 | 共同抚养 | 孩子归属',
  ),
  concept(
    'child',
    'topic',
    'child | children | kid | kids | son | daughter | baby | minor',
    'ребенок | ребенка | дети | детей | сын | дочь | несовершеннолетний | детьми | детям | детях | ребенком | ребенку | дочка | дочку | дочкой | сыном | сына',
    '孩子 | 子女 | 小孩 | 儿子 | 女儿 | 儿童 | 娃 | 孩子们',
  ),
  concept(
    'support',
    'topic',
    'child support | alimony | spousal support | maintenance | support payments | pay support',
    'алименты на ребенка | алименты на детей | алименты | алиментов | алиментам | содержание ребенка',
    '子女抚养费 | 孩子抚养费 | 抚养费 | 赡养费 | 生活费',
  ),
  concept(
    'prenup',
    'topic',
    'prenup | prenups | prenuptial | postnuptial | prenuptial agreement | marriage contract | before the wedding',
    'брачный договор | брачного договора | брачный контракт',
    '婚前协议 | 婚前财产协议 | 婚后协议',
  ),
  concept(
    'marriage',
    'topic',
    'marriage | married | marry | marrying | spouse | husband | wife | wedding | fiance | fiancee | partner | de facto | defacto | common law | living together | partner visa | spouse visa',
    'брак | браке | брака | супруг | супруга | муж | мужа | жена | жены | свадьба | жениться | замуж | жених | невеста | гражданский брак | сожительство | живем вместе | виза партнера | виза супруга | партнерская виза | супружеская виза',
    '结婚 | 婚姻 | 配偶 | 丈夫 | 妻子 | 老公 | 老婆 | 婚礼 | 未婚妻 | 未婚夫 | 事实伴侣 | 同居 | 配偶签证 | 伴侣签证 | 伴侣',
  ),
  // Employment
  concept(
    'dismissal',
    'topic',
    'fired | fire | firing | redundancy | redundant | made redundant | for no reason | without a reason | dismissed | dismissal | let go | laid off | layoff | lay off | terminated | termination | wrongful termination | sacked | lost my job | lose my job | kicked out of my job | unfair dismissal | without cause | at will | at-will | fair work | unfairly dismissed | let employee go | let employees go | let worker go | let staff go | let someone go | let me go | no reason given | no reason at all',
    'без объяснения причин | без объяснения | уволить | уволили | уволил | увольнение | увольнения | сократили | сокращение | сокращении | просто так без причины | без причины | выгнали с работы | потерял работу | незаконное увольнение | уволили несправедливо | несправедливое увольнение',
    '解雇 | 开除 | 辞退 | 炒鱿鱼 | 炒了 | 被炒 | 炒掉 | 无缘无故 | 裁员 | 被裁 | 丢了工作 | 失业 | 不公平解雇',
  ),
  concept(
    'employment',
    'topic',
    'job | at work | my work | from work | out of work | employer | employee | boss | manager | workplace | coworker | employment | hr | staff | at my job | on the job',
    'работа | работе | работу | работодатель | работодателя | начальник | начальница | руководитель | сотрудник | трудовой | на рабочем месте | рабочем месте | на работе | с работы',
    '工作 | 雇主 | 老板 | 单位 | 员工 | 上司 | 同事 | 劳动 | 工作场所 | 职场 | 单位里 | 公司里',
  ),
  concept(
    'wages',
    'topic',
    'wage | wages | salary | paycheck | paychecks | overtime | pay check | tips | commission | bonus | underpaid | underpayment | award wage | award rate | award rates | penalty rates | minimum wage | back pay | entitlements | paid under the award | under the award | below the award | below award | paid below | paid less than | unpaid super | super contributions | super payments | super owed | pension contributions',
    'зарплата | зарплату | зарплаты | заработная плата | сверхурочные | переработки | переработку | премия | оклад | недоплата | недоплачивают | недоплатили | минимальная зарплата | платят меньше | платят ниже | ниже минимальной | пенсионные взносы | пенсионные отчисления | суперэнюэйшн',
    '工资 | 加班费 | 薪水 | 薪资 | 欠薪 | 奖金 | 加班 | 少发 | 少给 | 克扣 | 最低工资 | 低于最低工资 | 少付 | 低于标准 | 养老金 | 退休金 | 公积金',
  ),
  concept(
    'unpaid',
    'topic',
    'unpaid | not paid | not been paid | didnt pay | did not pay | wont pay | hasnt paid | not paying | owe | owes | owed | withheld | stiffed | late pay | havent been paid | hasnt been paid | wasnt paid | werent paid | never paid me',
    'не платит | не платят | не заплатил | не заплатили | не выплатил | не выплачивает | невыплата | задолженность | задерживают',
    '拖欠 | 不发 | 没发 | 不给 | 欠我 | 没付 | 不付',
  ),
  concept(
    'severance',
    'topic',
    'severance | severance pay | redundancy pay | settlement agreement | settlement agreements | compromise agreement | severance package | exit package | separation agreement | separation package | termination agreement',
    'выходное пособие | выходного пособия | соглашение об урегулировании | мировое соглашение | соглашение о расторжении | компенсация при увольнении',
    '遣散费 | 和解协议 | 遣散协议 | 离职补偿 | 补偿金 | 离职协议 | 赔偿金',
  ),
  concept(
    'harassment',
    'topic',
    'harassment | harassed | harass | sexual harassment | discrimination | discriminated | discriminate | hostile | bullying | bullied | racist | sexist | retaliation | retaliated | mistreated',
    'домогательство | домогательства | домогается | харассмент | дискриминация | дискриминируют | травля | притеснение',
    '骚扰 | 性骚扰 | 歧视 | 霸凌 | 欺负 | 报复',
  ),
  concept(
    'noncompete',
    'topic',
    'noncompete | non compete | non-compete | noncompetition | non solicitation',
    'неконкуренция | о неконкуренции',
    '竞业限制 | 竞业禁止',
  ),
  // Immigration
  concept(
    'immigration',
    'topic',
    'immigration | immigrate | immigrant | visa | visas | uscis | move to the us | move to america | stay in the us',
    'иммиграция | иммиграции | иммигрировать | виза | визу | визы | переезд в сша | эмиграция',
    '移民 | 签证 | 移居',
  ),
  concept(
    'green-card',
    'topic',
    'green card | greencard | green cards | permanent residence | permanent resident | permanent residency | residency | lawful permanent',
    'грин-карта | грин карта | гринкарта | грин-карту | грин карту | гринка | гринку | гринки | гринкой | вид на жительство | внж | пмж | постоянное место жительства | постоянный резидент',
    '绿卡 | 永久居民 | 永居 | 永久居留 | 身份',
  ),
  concept(
    'work-visa',
    'topic',
    'work visa | work visas | h-1b | h1b | h 1b | h1-b | work permit | working visa | l-1 | o-1 | tn visa | sponsorship | sponsor | employment visa | tech workers | 482 | 186 | skills in demand | employer sponsored | employer-sponsored | sponsored visa | skilled visa | tss',
    'рабочая виза | рабочую визу | разрешение на работу | h1b | спонсорство | рабочей визе | спонсорская виза | работодатель спонсирует | спонсор',
    '工作签证 | 工签 | 工作许可 | 抽签 | 担保 | 雇主担保 | 技术移民 | 雇主担保签证 | 工作签',
  ),
  concept(
    'citizenship',
    'topic',
    'citizenship | become a citizen | get citizenship | naturalization | naturalisation | naturalize | naturalise | naturalized | n-400 | n400',
    'гражданство | гражданства | стать гражданином | получить гражданство | натурализация | паспорт сша | американский паспорт | паспорт гражданина',
    '入籍 | 国籍 | 公民身份 | 成为公民 | 归化 | 申请公民 | 申请美国公民 | 拿公民',
  ),
  // A citizen (someone's status: "married to a US citizen") is not citizenship (what one applies for).
  concept('citizen', 'topic', 'citizen | citizens', 'гражданин | гражданина | гражданином | граждане', '公民'),
  // Business
  concept(
    'company',
    'topic',
    'company | business | biz | ltd | limited company | sole trader | self employed | open a business | open a company | llc | corporation | corp | inc | startup | start-up | incorporate | incorporation | entity | form a company | start a company | start a business | set up a company | register a company | s corp | c corp',
    'компания | компанию | компании | бизнес | ооо | ллс | llc | ltd | открыть ллс | открыть компанию | открыть бизнес | ип | фирма | фирму | корпорация | стартап | открыть компанию | зарегистрировать компанию | регистрация компании | юрлицо | открыть ооо | открыть llc | открыть корпорацию | открывать ллс | открывать llc | открыть ип | открыть фирму | открыть свое дело | открыть свой бизнес | зарегистрировать ооо',
    '公司 | 企业 | 创业 | 开公司 | 注册公司 | 成立公司 | 有限责任公司 | 股份公司 | 生意',
  ),
  concept(
    'contract',
    'topic',
    'contract | contracts | agreement | agreements | lease | document | documents | paperwork | sign | signing | signature | terms | fine print | nda',
    'договор | договора | договоре | контракт | контракта | соглашение | документ | документы | подписать | подписывать | подпись | условия',
    '合同 | 协议 | 签字 | 签约 | 签合同 | 条款 | 文件 | 签名 | 签 | 签之前 | 签署',
  ),
  concept(
    'review',
    'intent',
    'review | reviewed | reviewing | check | look over | look at | go over | read over | read through | second opinion | proofread | read | take a look | have a look | glance at | look through | look it over | check it',
    'проверить | проверка | проверку | посмотреть | просмотреть | изучить | оценить | взглянуть | глянуть | прочитать | вычитать | глянул | посмотрел | проверил',
    '审查 | 审核 | 看一下 | 看看 | 检查 | 把关 | 过目 | 审 | 过一遍 | 帮忙看 | 帮我看 | 看一眼 | 把把关 | 看下 | 帮看 | 帮看看 | 看一看 | 瞧瞧',
  ),
  // Estates
  concept(
    'will',
    'topic',
    'testament | last will | estate plan | estate planning | trust | trusts | living trust',
    'завещание | завещания | завещанием | составить завещание | траст | завещании | завещанию',
    '遗嘱 | 立遗嘱 | 信托 | 遗产规划 | 写遗嘱 | 立个遗嘱',
  ),
  concept(
    'intestacy',
    'topic',
    'without a will | no will | intestate | intestacy | didnt leave a will | did not leave a will | never made a will | left no will | didnt make a will | there is no will | theres no will | not leave a will',
    'без завещания | завещания нет | завещания не было | не оставил завещания | не оставил завещание | не оставила завещания | не было завещания | нет завещания',
    '没有遗嘱 | 没留遗嘱 | 没立遗嘱 | 无遗嘱 | 没有留遗嘱 | 没有立遗嘱',
    'will',
  ),
  concept(
    'power-of-attorney',
    'topic',
    'power of attorney | lasting power of attorney | lpa | poa | health care proxy | manage her money | manage his money | manage their money | cant manage | lose capacity | loses capacity',
    'доверенность | генеральная доверенность | доверенности | недееспособность',
    '授权书 | 持久授权书 | 委托书 | 授权委托',
  ),
  concept(
    'inheritance',
    'topic',
    'inherit | inherits | inheritance | estate | estates | assets | belongings | heir | heirs | died | dies | death | passed away | passes away | deceased | dead',
    'наследство | наследства | имущество | имуществом | имущества | наследовать | наследник | наследники | унаследовать | умер | умерла | умирает | смерть | скончался | наследует | наследуют | унаследует',
    '继承 | 遗产 | 财产 | 去世 | 过世 | 死后 | 死了 | 继承人 | 人走了 | 走了以后 | 过世了',
  ),
  concept(
    'probate',
    'topic',
    'probate | executor | personal representative | estate administration | settle an estate | settling an estate | settle the estate | administer the estate',
    'наследственное дело | пробейт | пробэйт | вступление в наследство | вступить в наследство | исполнитель завещания | оформление наследства',
    '遗嘱认证 | 遗产认证 | 遗嘱执行人 | 遗产处理 | 遗产管理',
  ),
  // Injury
  concept(
    'accident',
    'topic',
    'accident | accidents | crash | crashed | collision | rear ended | car accident | car crash | hit by a car | traffic accident | fender bender | slip and fall | slipped | slip | tripped | tripped over | fell down | fell over | premises liability | dog bite',
    'авария | аварии | аварию | дтп | столкновение | попал в аварию | сбила машина | поскользнулся | поскользнулась | споткнулся | споткнулась | укусила собака',
    '车祸 | 事故 | 交通事故 | 撞车 | 被撞 | 追尾 | 滑倒 | 摔倒 | 摔伤 | 绊倒 | 被狗咬',
  ),
  concept(
    'injury',
    'topic',
    'injury | injuries | injured | hurt | personal injury | damages | compensation | medical bills | whiplash',
    'травма | травмы | травму | пострадал | пострадала | вред здоровью | компенсация | ущерб',
    '受伤 | 伤害 | 人身伤害 | 赔偿 | 医疗费 | 工伤',
  ),
  concept(
    'lose',
    'intent',
    'lose | lost | loses | losing | dont win | doesnt win | does not win | no win | not win | unsuccessful | no recovery | contingency | no win no fee | only pay if you win | only if we win | only if you win | if we win | percentage of the settlement | take a percentage | percent of the settlement',
    'проиграем | проиграть | проиграю | проигрыш | не выиграем | не выиграть | без результата | только если выиграем | только если выиграете | процент от компенсации | за процент | процент от выигрыша | процент от суммы',
    '输了 | 败诉 | 打输 | 没赢 | 不赢 | 赢不了 | 风险代理 | 赢了才收 | 赢了才收钱 | 赢了才付 | 不赢不收 | 输了不收 | 没赢不收 | 打赢才收 | 按比例收费 | 抽成 | 赢了才',
  ),
  // Real estate, housing
  concept(
    'real-estate',
    'topic',
    'real estate | real estate closing | real estate closings | closing | closings | the closing | house | home | condo | property | buy a house | buying a house | buying a home | sell my house | selling a house | purchase and sale | title | mortgage | conveyancing | closing on a house | house closing | settlement on a house | conveyancer | buying a property | selling a property | buy a property | sell a property | property purchase | contract of sale | stamp duty | settlement day',
    'недвижимость | недвижимости | квартира | квартиру | дом | дома | покупка квартиры | купить квартиру | купить дом | продать дом | сделка с недвижимостью | ипотека | клоузинг | закрытие сделки | сделка купли-продажи | купля-продажа | покупка дома | продажа квартиры | продать квартиру | продажа дома | сделка по недвижимости | оформление сделки | регистрация сделки | покупке квартиры',
    '房产 | 买房 | 卖房 | 房子 | 过户 | 房地产 | 购房 | 房屋 | 贷款 | 交割 | 买房子 | 卖房子 | 房产交易 | 产权 | 印花税 | 房产过户 | 买卖房子',
  ),
  concept(
    'landlord',
    'topic',
    'landlord | landlords | landlady | tenant | tenants | renter | rent | renting | rental | eviction | evict | evicted | evicting | apartment | locked out | tenancy | property manager | letting agent | rental agent | real estate agent',
    'арендодатель | арендодателя | хозяин квартиры | хозяйка квартиры | арендатор | аренда | аренду | съемная квартира | снимаю квартиру | выселение | выселить | выселяют | съемной | съемную | аренде | арендую | снимаю | арендовал | агент по аренде | агентство',
    '房东 | 租客 | 房客 | 租户 | 承租人 | 押租 | 租房 | 房租 | 驱逐 | 赶走 | 租约 | 中介 | 租赁 | 退租 | 搬走',
  ),
  concept(
    'deposit',
    'topic',
    'deposit | security deposit | damage deposit | bond | rental bond | bond back | bond refund | bond dispute',
    'залог | залога | депозит | депозита | обеспечительный платеж | бонд | залог за аренду | залог за квартиру | залоговый депозит',
    '押金 | 保证金 | 租房押金 | 租金押金',
  ),
  // A home in disrepair: the landlord's duty to fix it.
  concept(
    'repairs',
    'topic',
    'repair | repairs | disrepair | mould | mold | damp | leak | leaks | leaking | leaky roof',
    'ремонт | починить | чинить | не чинит | протечка | протекает | течет крыша | плесень | сырость',
    '维修 | 修理 | 不修 | 修东西 | 报修 | 漏水 | 发霉 | 霉菌 | 坏了没人修',
    'landlord',
  ),
  // Other practice areas a firm may list (so a second firm's FAQ meets lay words too).
  concept(
    'criminal',
    'topic',
    'criminal | arrested | arrest | charged | criminal charges | police | jail | prison | felony | misdemeanor | crime | court date | bail | probation',
    'уголовное | уголовный | арестовали | арест | задержали | полиция | тюрьма | обвинение | обвиняют | преступление | залог освобождение',
    '刑事 | 被捕 | 逮捕 | 警察 | 坐牢 | 监狱 | 犯罪 | 保释',
  ),
  concept(
    'bankruptcy',
    'topic',
    'bankruptcy | bankrupt | chapter 7 | chapter 13 | insolvency | insolvent | creditors | collectors | debt collector | debt collectors | foreclosure | cant pay my bills | declare bankruptcy',
    'банкротство | банкрот | банкротом | кредиторы | коллекторы | не могу платить | несостоятельность',
    '破产 | 资不抵债 | 债主 | 催债',
  ),
  concept(
    'debt',
    'topic',
    'debt | debts | owes me money | owe me money | owes me | money owed | money i lent | lent | loaned | borrowed | unpaid invoice | unpaid invoices | debt recovery | recover a debt | recover money | get my money back | pay me back | paid back',
    'долг | долги | долга | вернуть долг | взыскать долг | должен мне | должны мне | одолжил | одолжила | занял | заняла | не возвращает деньги | не отдает деньги | расписка | мне должны | вернуть деньги | вернуть свои деньги | которые мне должны',
    '债务 | 欠钱 | 欠我钱 | 欠款 | 讨债 | 追债 | 要债 | 借钱不还 | 还钱 | 借给 | 追讨 | 收债 | 要回钱 | 讨回欠款',
  ),
  concept(
    'property-division',
    'topic',
    'property settlement | split assets | splitting assets | divide property | dividing property | property divided | division of property | divide our assets | divide assets | assets divided | split the house | split our property | marital property | matrimonial property | who gets the house | splitting property | split our stuff | split everything | divide everything | who gets what | split our things | split the assets | split property | savings | our savings',
    'раздел имущества | раздела имущества | разделить имущество | поделить имущество | совместно нажитое | совместно нажитого | раздел квартиры | делить квартиру | имущество при разводе | делить имущество при разводе | делится имущество при разводе | делить имущество после развода | накопления | сбережения',
    '财产分割 | 分财产 | 分割财产 | 分房子 | 共同财产 | 夫妻财产 | 财产怎么分割 | 房子归谁 | 分手后财产 | 离婚后财产 | 离婚财产 | 分居后财产 | 财产怎么分配 | 离婚后房子 | 房子怎么分 | 存款怎么分 | 房子和存款 | 存款 | 积蓄',
  ),
  concept(
    'challenge',
    'intent',
    'contest | contested | contesting | challenge | challenged | challenging | dispute | disputes | disputed | appeal | appeals | appealing | overturn | object to | left out of | cut out of | excluded from | family provision',
    'оспорить | оспаривать | обжаловать | апелляция | спор | спора | споре | споры | опротестовать | не включили | обделили | лишили наследства',
    '异议 | 质疑 | 争议 | 上诉 | 推翻 | 挑战 | 纠纷 | 没分到 | 被排除',
  ),
  concept(
    'traffic',
    'topic',
    'parking ticket | traffic ticket | ticket | tickets | motoring offence | motoring offences | traffic offence',
    'штраф | штраф за парковку | штрафы | пдд | нарушение пдд | нарушения пдд | нарушениям пдд | нарушил пдд | гибдд | гаи',
    '罚单 | 违章 | 停车罚单',
  ),
  concept(
    'speeding',
    'topic',
    'speeding | speed camera | caught speeding | over the speed limit | speeding fine | speeding ticket',
    'превышение скорости | превысил скорость | камера скорости | за скорость',
    '超速 | 测速 | 超速罚款',
    'traffic',
  ),
  concept(
    'driving-ban',
    'topic',
    'ban | banned | driving ban | disqualified | disqualification | lose my licence | lose my license | license suspended | licence suspended | suspended license | points | penalty points | totting up | drivers license | drivers licence | driving licence | driving license | demerit points | demerit | driving while suspended | unlicensed | disqualified driving',
    'лишение прав | лишат прав | лишили прав | лишить прав | баллы | штрафные баллы | водительские права | водительское удостоверение | без прав | ездил без прав | права отобрали',
    '禁驾 | 吊销驾照 | 扣分 | 罚分 | 驾照 | 驾驶证 | 无证驾驶 | 停牌',
    'traffic',
  ),
  concept(
    'drink-driving',
    'topic',
    'drink driving | drink-driving | drunk driving | dui | dwi | over the limit | breathalyser | breathalyzer | drink drive',
    'пьяный за рулем | пьяным за рулем | в нетрезвом виде | алкоголь за рулем | нетрезвый водитель | пьяное вождение | пьяная езда | промилле | освидетельствование',
    '酒驾 | 醉驾 | 酒后驾驶 | 喝酒开车',
    'traffic',
  ),
  concept(
    'tax',
    'topic',
    'tax | taxes | irs | audit | tax return | vat | sales tax',
    'налог | налоги | налоговая | налоговый | ндс',
    '税 | 税务 | 报税 | 国税局',
  ),
  concept(
    'intellectual-property',
    'topic',
    'trademark | trademarks | patent | patents | copyright | copyrights | brand name | logo | intellectual property | ip',
    'товарный знак | патент | авторское право | торговая марка | бренд',
    '商标 | 专利 | 版权 | 知识产权 | 品牌',
  ),
  concept(
    'medical',
    'topic',
    'medical malpractice | malpractice | doctor | hospital | misdiagnosis | surgery',
    'врачебная ошибка | врач | больница | операция',
    '医疗事故 | 医生 | 医院 | 误诊 | 手术',
  ),
  concept(
    'workers-comp',
    'topic',
    'workers comp | workers compensation | workmans comp | injured at work | hurt at work | injury at work | work injury | hurt on the job | injured on the job',
    'производственная травма | травма на работе | несчастный случай на производстве | травмировался на работе',
    '工伤赔偿 | 工作受伤 | 上班受伤 | 工伤认定',
  ),
  concept(
    'disability',
    'topic',
    'disability | disabled | disability benefits | ssdi | ssi | social security disability | benefits claim | benefit claim',
    'инвалидность | инвалидности | пособие по инвалидности | инвалид',
    '残疾 | 残障 | 伤残 | 残疾福利 | 残疾补助',
  ),
  concept(
    'adoption',
    'topic',
    'adopt | adoption | adopting | adopted | stepparent adoption | step parent adoption',
    'усыновление | удочерение | усыновить | удочерить | усыновления',
    '领养 | 收养',
  ),
  concept(
    'name-change',
    'topic',
    'name change | change my name | change of name | changing my name | deed poll | change my last name',
    'смена имени | сменить фамилию | смена фамилии | поменять фамилию | сменить имя | поменять имя',
    '改名 | 更名 | 改姓 | 改名字',
  ),
  concept(
    'domestic-violence',
    'topic',
    'domestic violence | domestic abuse | abusive | restraining order | protective order | protection order | non molestation order | abuse | order of protection | protection from abuse',
    'домашнее насилие | насилие в семье | избивает | охранный ордер | запретительный приказ | запрет приближаться',
    '家暴 | 家庭暴力 | 限制令 | 保护令 | 禁止令',
  ),
  concept(
    'asylum',
    'topic',
    'asylum | refugee | refugees | deportation | deported | deport | removal proceedings | immigration detention | immigration court',
    'убежище | беженец | беженцы | депортация | депортировать | депортируют | выдворение',
    '庇护 | 难民 | 遣返 | 驱逐出境 | 递解',
  ),
  concept(
    'student-visa',
    'topic',
    'student visa | f1 | f-1 | study visa | study permit | student permit',
    'студенческая виза | учебная виза | студенческую визу | учебную визу',
    '学生签证 | 留学签证 | 学签',
  ),
  concept(
    'visitor-visa',
    'topic',
    'tourist visa | visitor visa | b2 | b-2 | travel visa | visit visa | visiting family',
    'туристическая виза | гостевая виза | туристическую визу | гостевую визу',
    '旅游签证 | 探亲签证 | 访问签证 | 旅游签',
  ),
  concept(
    'insurance',
    'topic',
    'insurance | insurer | insurance company | insurance claim | adjuster | claim denied | denied my claim',
    'страховая | страховка | страховой | страховая компания | страховую',
    '保险 | 保险公司 | 理赔',
  ),
  concept(
    'defamation',
    'topic',
    'defamation | defamatory | libel | slander | fake review | lies about me online',
    'клевета | клевету | диффамация | порочащие',
    '诽谤 | 名誉侵权 | 名誉权',
  ),
  // What a visitor asks about working with any firm.
  concept(
    'mediation',
    'topic',
    'mediation | mediator | mediate | family dispute resolution | dispute resolution | fdr | arbitration',
    'медиация | медиации | медиатор | посредник | досудебное урегулирование',
    '调解 | 调解员 | 家事调解 | 仲裁调解',
  ),
  concept(
    'complaint',
    'intent',
    'complaint | complaints | complain | complained | file a complaint | make a complaint | grievance | report it | report them',
    'жалоба | жалобу | жалобы | пожаловаться | жаловаться | подать жалобу',
    '投诉 | 举报 | 申诉',
  ),
  concept(
    'bring',
    'intent',
    'what to bring | what should i bring | bring with me | have with me | need to bring | bring along | papers should i | what documents | which documents | documents do i need | prepare for | get ready for',
    'что взять | взять с собой | какие документы | подготовиться | что принести',
    '带什么 | 需要带 | 准备什么 | 什么材料 | 哪些材料 | 带哪些',
  ),
  concept(
    'payment-method',
    'intent',
    'credit card | debit card | by card | pay by card | cash | paypal | bank transfer | venmo | zelle | apple pay | pay online | payment method | payment methods | payment options | ways to pay | forms of payment | how can i pay | methods of payment',
    'картой | оплата картой | наличными | наличные | безнал | безналичный | переводом | способы оплаты | способ оплаты | чем платить | как оплатить | оплатить картой',
    '刷卡 | 信用卡 | 现金 | 支付宝 | 微信支付 | 转账 | 付款方式 | 支付方式 | 怎么付款 | 怎么支付 | 刷信用卡',
  ),
  concept(
    'experience',
    'intent',
    'experience | experienced | years of experience | track record | specialize | specialise | specialist | specialized | qualified | credentials | success rate | been practicing | been practising | how long have you been | years in practice | in practice for',
    'опыт | опытом | стаж | специализируетесь | специализация | квалификация | сколько лет работаете | сколько лет практикуете | давно работаете',
    '经验 | 资历 | 专长 | 胜诉率 | 成功率 | 做了多少年 | 执业多少年 | 执业多久',
  ),
  concept(
    'court',
    'topic',
    'court | sue | suing | sued | lawsuit | litigation | trial | judge | hearing | small claims | tribunal | ncat | local court | fair work commission | fwc',
    'суд | суда | суде | судиться | подать в суд | иск | иска | судья | заседание | трибунал | в суд | мелкие иски | суд мелких исков',
    '法院 | 法庭 | 上法庭 | 出庭 | 起诉 | 告 | 官司 | 诉讼 | 打官司 | 法官 | 开庭 | 仲裁 | 审裁处 | 小额索赔 | 小额法庭 | 小额诉讼',
  ),
  // Scene-setting that says nothing about what is asked: its words are read and dropped.
  concept(
    'context',
    'context',
    'sorry to bother | sorry to bother you | sorry for the late message | never talked to a lawyer | never used a lawyer | never hired a lawyer | first time using a lawyer | kinda nervous | a bit nervous | no kids | no children | dont have kids | dont have any kids | dont have children | without kids | friend recommended | recommended you | found you online | compared to other firms | other firms | asap | as soon as possible | urgent | urgently | right away | in writing | put in writing | something in writing | english name | chinese name | writing so late | writing this late | messaging so late | hour person | hour department | hour manager | hour team | human resources',
    'извините что поздно пишу | извините за беспокойство | первый раз обращаюсь | первый раз обращаюсь к юристу | никогда не обращался | никогда не обращалась | детей нет | нет детей | без детей | дети уже взрослые | делить особо нечего | делить нечего | срочно | очень срочно | по английски плохо | по-английски плохо | английский плохой | а то | в письменном виде | письменно | на бумаге | английское имя | китайское имя',
    '没有孩子 | 没孩子 | 没有小孩 | 无子女 | 不好意思 | 打扰了 | 从来没找过律师 | 第一次找律师 | 英文不好 | 英语不好 | 有点不懂 | 朋友推荐 | 着急 | 很急 | 英文名 | 英文名字 | 中文名 | 中文名字 | 起名 | 取名 | 起名字 | 拿驾照 | 考驾照 | 拿到驾照 | 新手司机 | 驾照考试',
  ),
];
