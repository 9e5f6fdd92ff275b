import { describe, expect, it } from 'vitest';
import { answer } from '../../lib/engine/answer';
import { MAX_QUERY_LENGTH } from '../../lib/engine/lookup';

// What readers type into the popup, with the verdict the rubric gives the statement each asks
// about (docs/verdicts.md, policy brief). Our own wording, not the corpus's. Mutual aid for a
// close relative beyond spouse, parents and children (siblings, grandparents, grandchildren), asked
// in the national form, is accurate: the rubric's rule 3 (a national rule with local roll-out),
// as the labelled pages give the extension to 近亲属 stated nationally.
const TYPED: [string, string][] = [
  ['医保卡里的钱可以去ATM取现吗', 'misleading'],
  ['医保卡能取现吗？', 'misleading'],
  ['醫保卡可以取現嗎', 'misleading'],
  ['医保卡里的钱怎么取出来', 'misleading'],
  ['医保个人账户的钱能转到银行卡吗', 'misleading'],
  ['医保卡余额可以提现到微信吗', 'misleading'],
  ['辞职后医保卡里的钱能取出来吗', 'misleading'],
  ['离职了医保卡的钱可以取吗', 'misleading'],
  ['停保后个人账户余额可以提取吗', 'misleading'],
  ['退休以后医保卡的钱能全部取出来吗', 'misleading'],
  ['得了大病可以把医保卡里的钱取出来吗', 'misleading'],
  ['新农合的钱能取出来吗', 'misleading'],
  ['医保卡能在超市买米面油吗', 'misleading'],
  ['医保卡里的钱可以交健身房的费用吗', 'misleading'],
  ['医保卡里的钱年底会清零吗', 'misleading'],
  ['公积金能提医保也能提吧', 'misleading'],
  ['医保卡可以借给别人用吗', 'illegal'],
  ['家人之间可以互相借用医保卡买药吗', 'illegal'],
  ['可以拿父母的医保卡去医院看病吗', 'illegal'],
  ['医保卡可以套现吗', 'illegal'],
  ['药店可以刷医保卡换现金吗', 'illegal'],
  ['有人高价回收医保卡，可以卖吗', 'illegal'],
  ['医保卡里的钱可以给父母用吗', 'accurate'],
  ['医保个人账户能给孩子交居民医保吗', 'accurate'],
  ['人去世了医保卡里的钱能继承吗', 'accurate'],
  ['换工作到外地，医保账户的钱会跟着转过去吗', 'accurate'],
  ['停交医保后卡里的钱还能用吗', 'accurate'],
  ['社保卡可以在ATM取钱吗', 'accurate'],
  ['出国定居可以把医保个人账户的钱取出来吗', 'region-dependent'],
  ['医保卡的钱能买商业保险吗', 'region-dependent'],
  ['医保卡可以用来体检吗', 'region-dependent'],
  ['医保卡里的钱可以给兄弟姐妹用吗', 'accurate'],
  ['医保卡不能取现', 'accurate'],
  ['医保卡可以取现', 'misleading'],
  ['医保套现会被罚款', 'accurate'],
  ['医保套现是违法的', 'accurate'],
  ['收医保卡，八折回收，当天到账', 'illegal'],
  ['医保卡里的钱可以给配偶用', 'accurate'],
  ['医保卡可以在银行柜台取钱', 'misleading'],
  ['停保以后医保卡的钱就能取出来了', 'misleading'],
  ['医保个人账户余额可以依法继承', 'accurate'],
  ['居民医保没有个人账户', 'accurate'],
  ['医保卡里的钱能给老婆用吗', 'accurate'],
  ['医保卡的钱可以给孙子看病吗', 'accurate'],
  ['医保卡的钱可以交孩子的学费吗', 'misleading'],
  ['我爸的医保卡我能拿去药店买药吗', 'illegal'],
  ['把医保卡卖了会怎么样', 'illegal'],
  ['去外地工作医保卡里的钱能带走吗', 'accurate'],
  ['社保卡的银行账户里的钱能取吗', 'accurate'],
  ['医保卡套现会坐牢吗', 'accurate'],
  ['用医保卡买药再卖掉犯法吗', 'accurate'],
  ['退休了医保卡里还会打钱吗', 'accurate'],
  ['退休以后医保卡里就不会再打钱了', 'misleading'],
  ['医保卡能给朋友用吗', 'illegal'],
  ['医保卡里的钱可以交养老保险吗', 'misleading'],
  ['医保卡里的钱可以在ATM机上取', 'misleading'],
  ['医保卡的钱放着不取会清零吗', 'misleading'],
  ['医保卡的钱能买药吗', 'accurate'],
  ['医保卡可以挂号吗', 'accurate'],
  ['医保卡里的钱能给岳父岳母用吗', 'region-dependent'],
  ['医保卡余额可以给女朋友用吗', 'illegal'],
  ['社保卡可以存钱吗', 'accurate'],
  ['看病必须本人持卡吗', 'accurate'],
  ['人死了医保卡里的钱会被收回吗', 'misleading'],
  ['医保个人账户的钱能交房租吗', 'misleading'],
  ['医保卡里的钱会过期吗', 'misleading'],
  ['医保卡里的钱能给父母交医保吗', 'accurate'],
  ['把医保卡里的钱卖掉会怎么样', 'illegal'],
  ['退休后医保卡每月还打钱吗', 'accurate'],
  ['老公医保卡里的钱我能用吗', 'accurate'],
  ['用老公的医保卡看病可以吗', 'illegal'],
  ['收医保卡余额的靠谱吗', 'illegal'],
  ['医保卡里的钱为什么越来越少', 'accurate'],
  ['辞职后医保卡里的钱还在吗', 'accurate'],
  ['退休后医保个人账户每个月仍有划入吗', 'accurate'],
  ['出国定居的医保卡余额可以一次性退吗', 'region-dependent'],
  ['医保卡是不是仅限本人使用', 'accurate'],
  ['医保卡的钱用不完怎么办', 'accurate'],
  ['把医保卡给药店刷了换点现金可以吗', 'illegal'],
  ['医保卡余额能充话费吗', 'misleading'],
  ['医保卡可以买医疗器械吗', 'accurate'],
  ['停保了医保卡还能刷吗', 'accurate'],
  ['医保卡里的钱能不能给家里人交医保', 'accurate'],
  ['医保卡能卖吗', 'illegal'],
  ['医保卡能在淘宝上卖吗', 'illegal'],
  ['医保卡里的钱能取出来给孩子交学费吗', 'misleading'],
  ['医保余额能转到我妈的医保钱包吗', 'accurate'],
  ['医保钱包里的钱能提现吗', 'misleading'],
  ['医保卡里的钱可以买保健品吗', 'misleading'],
  ['医保卡可以在药店买化妆品吗', 'misleading'],
  ['职工医保个人账户可以给爷爷奶奶用吗', 'accurate'],
  ['医保卡能打九价疫苗吗', 'region-dependent'],
  ['医保卡里的钱可以买重疾险吗', 'region-dependent'],
  ['我能把医保卡借给同事用一下吗', 'illegal'],
  ['医保个人账户的钱可以提前取出来吗', 'misleading'],
  ['医保卡能刷美容项目吗', 'misleading'],
  ['人去世后医保卡余额家属可以领取吗', 'accurate'],
  ['医保卡里的钱退休时会一次性返还吗', 'misleading'],
  ['失业了医保卡的钱能领出来吗', 'misleading'],
  ['医保统筹基金的钱能取吗', 'misleading'],
  ['有人说医保卡可以刷POS机套现，是真的吗', 'illegal'],
  ['医保卡里的钱能给父母买药吗', 'accurate'],
  ['医保卡的钱可以存到银行吗', 'misleading'],
  ['新农合交的钱年底能退吗', 'misleading'],
  ['医保卡里的钱可以给老人交新农合吗', 'accurate'],
  ['转移医保关系后余额会清零吗', 'misleading'],
  ['医保卡余额能给孩子看病吗', 'accurate'],
  ['医保卡余额可以换成购物卡吗', 'illegal'],
  ['医保卡里的钱能不能提出来还房贷', 'misleading'],
  ['领了养老金医保卡的钱就能取了吗', 'misleading'],
  ['医保卡里的钱可以打到支付宝吗', 'misleading'],
  ['医保卡的钱能给老伴用吗', 'accurate'],
  ['医保卡在外地能取钱吗', 'misleading'],
  ['医保卡里的钱能交物业费吗', 'misleading'],
  ['帮别人套现医保卡犯法吗', 'accurate'],
  ['医保卡里攒了好几万，怎么才能取出来用', 'misleading'],
  ['听说现在医保卡可以给全家人用了，是真的吗', 'accurate'],
  ['单位不交医保了，我卡里的钱会被清空吗', 'misleading'],
  ['医保卡的钱可以在药店买洗发水吗', 'misleading'],
  ['我想把医保卡里的钱转给我弟弟', 'accurate'],
  ['医保卡余额能不能交孩子的新农合', 'accurate'],
  ['换工作去外地了，医保卡里的钱还能用吗', 'accurate'],
  ['医保卡里的钱能给对象用吗', 'illegal'],
  ['医保卡可以给男朋友买药吗', 'illegal'],
  ['医保钱包的钱能转回银行卡吗', 'misleading'],
  ['医保钱包能给外地的爸妈转钱吗', 'accurate'],
  ['医保卡里的钱能买惠民保吗', 'region-dependent'],
  ['我想把医保卡余额卖了换钱，怎么操作', 'illegal'],
  ['药店说刷医保卡可以返现金，靠谱吗', 'illegal'],
  ['人死后医保卡里的钱归谁', 'accurate'],
  ['出国定居了医保卡的钱能退吗', 'region-dependent'],
  ['医保卡里的钱每个月是怎么来的', 'accurate'],
  ['停保以后医保卡里的钱还能用吗', 'accurate'],
  ['醫保卡的錢能轉到微信嗎', 'misleading'],
  ['医保卡能给狗看病吗', 'misleading'],
  ['医保卡可以在网上买保健品吗', 'misleading'],
  ['医保卡的钱咋取出来', 'misleading'],
  ['医保里的钱能不能打到支付宝上', 'misleading'],
  ['医保卡的钱可以交孩子的学费吗', 'misleading'],
  ['医保卡余额能给孙子交新农合吗', 'accurate'],
  ['异地就医备案后医保卡的钱能在外地用吗', 'accurate'],
  ['医保卡里的钱会过期吗', 'misleading'],
  ['退休了医保卡里每个月还会有钱吗', 'accurate'],
  ['药店用医保卡买药能打折返现金吗', 'illegal'],
  ['医保卡能在医院挂号用吗', 'accurate'],
  ['刷医保卡买的药可以转卖吗', 'illegal'],
  ['医保卡余额太多了花不完怎么办', 'accurate'],
  ['医保卡可以网上转账吗', 'misleading'],
  ['我辞职了医保卡的钱还在吗', 'accurate'],
  ['医保卡里的钱能给老婆买药吗', 'accurate'],
  ['网上说医保卡余额可以八五折回收，靠谱吗', 'illegal'],
  ['移民国外了医保卡里的钱怎么办', 'region-dependent'],
  ['老人去世后医保卡里的钱怎么取', 'accurate'],
  ['医保个人账户每个月打多少钱', 'accurate'],
  ['医保卡可以刷卡买烟酒吗', 'misleading'],
  ['公司倒闭了医保卡的钱能退吗', 'misleading'],
  ['医保卡能给宠物看病吗', 'misleading'],
  ['医保卡里的钱可以借给朋友应急吗', 'illegal'],
  ['我妈是农村医保，能用我职工医保卡里的钱买药吗', 'accurate'],
  ['社保卡里的钱和医保卡里的钱是一回事吗', 'misleading'],
  ['医保个人账户的钱能买理财吗', 'misleading'],
  ['医保卡余额可以给朋友用吗', 'illegal'],
  ['社保卡里的工资能在ATM取吗', 'accurate'],
  ['医保钱包的钱能转给我妈吗', 'accurate'],
  ['人走了医保卡里的钱家属能拿到吗', 'accurate'],
  ['出国定居医保卡里的钱能取出来吗', 'region-dependent'],
  ['医保卡的钱能不能交物业费', 'misleading'],
  ['用医保卡在药店买米面油可以吗', 'misleading'],
  ['有人收医保卡余额八折，靠谱吗', 'illegal'],
  ['医保卡余额可以买重疾险吗', 'region-dependent'],
  ['医保卡能给爸妈交居民医保吗', 'accurate'],
  ['换工作到外省，医保卡里的钱会没了吗', 'accurate'],
  ['医保卡的钱每年都会清零吗', 'misleading'],
  ['医保卡可以刷健身房吗', 'misleading'],
  ['医保卡可以在超市买东西吗', 'misleading'],
  ['单位交的医保钱能提出来吗', 'misleading'],
  ['医保卡里的钱可以体检用吗', 'region-dependent'],
  ['医保卡的钱年底会被收回吗', 'misleading'],
  ['医保卡可以交住院费吗', 'accurate'],
  ['失业了医保卡的钱能拿出来吗', 'misleading'],
  ['異地醫保卡的錢能取嗎', 'misleading'],
  ['收医保卡的是真的吗', 'illegal'],
  ['医保卡不用的话能卖掉吗', 'illegal'],
  ['北京的医保存折还能取钱吗', 'region-dependent'],
  ['父母的医保卡我能拿去买药吗', 'illegal'],
  ['能用我的医保卡帮同事买药吗', 'illegal'],
  // 2026-11-27, second batch, expected verdicts from the brief before a run (what lending leads to,
  // asked, is the lending route asked about, as 把医保卡卖了会怎么样 is above):
  ['个人账户的钱能用来做核酸吗', 'region-dependent'],
  ['医保余额可以提前取出来急用吗', 'misleading'],
  ['得了癌症医保卡的钱能取出来吗', 'misleading'],
  ['出国定居医保卡里的钱怎么办', 'region-dependent'],
  ['换城市工作了医保余额会清零吗', 'misleading'],
  ['医保卡里的钱算不算遗产', 'accurate'],
  ['用别人的医保卡看病会怎样', 'illegal'],
  ['有人说可以帮我把医保余额提出来，收10%手续费，可信吗', 'illegal'],
  ['医保卡借给亲戚用被发现了怎么办', 'illegal'],
  ['职工医保个人账户每月划多少钱', 'accurate'],
  ['单位交的医保钱会进我个人账户吗', 'misleading'],
  ['社保卡里的工资可以取出来吗', 'accurate'],
  ['医保卡里的钱能还房贷吗', 'misleading'],
  ['把医保卡卖给回收的违法吗', 'accurate'],
  ['医保卡可以在POS机上刷出现金吗', 'illegal'],
  ['城乡居民医保卡里有钱吗', 'misleading'],
  ['医保卡里的钱能给孩子买奶粉吗', 'misleading'],
  // Devices whose payment from the account is a local scope detail (the brief's local list).
  ['医保卡能刷眼镜吗', 'region-dependent'],
  ['医保卡能买助听器吗', 'region-dependent'],
  // Third batch (2026-11-27), colloquial wordings, expected first: 19 of 20 right at first (我爸的医保卡我能用吗 found no rule).
  ['医保里的钱能不能提', 'misleading'],
  ['医保个人账户余额怎么提现到银行卡', 'misleading'],
  ['社保卡里的医保钱可以在银行取吗', 'misleading'],
  ['我退休了，医保卡里的钱能一次性拿出来吗', 'misleading'],
  ['医保卡可以给老婆用吗', 'accurate'],
  ['我爸的医保卡我能用吗', 'illegal'],
  ['医保卡能绑定家人吗', 'accurate'],
  ['医保钱包怎么开通', 'accurate'],
  ['医保卡里的钱可以买药店的保健品吗', 'misleading'],
  ['医保卡里的钱能不能去健身房办卡', 'misleading'],
  ['医保卡余额可以卖吗', 'illegal'],
  ['回收医保卡是真的吗', 'illegal'],
  ['医保卡里的钱被清零了怎么办', 'misleading'],
  ['人死了医保卡里的钱归谁', 'accurate'],
  ['新农合里的钱能退吗', 'misleading'],
  ['医保断交了钱还能用吗', 'accurate'],
  ['医保个人账户可以交孩子的新农合吗', 'accurate'],
  ['医保卡能在外地用吗', 'accurate'],
  ['医保卡可以刷POS机提现吗', 'illegal'],
  ['医保卡刷了换日用品，会被罚吗', 'accurate'],
  ['药店刷医保卡换洗衣粉', 'illegal'],
  ['医保卡去药店刷了换成日用品，会不会被查', 'accurate'],
  ['自己买个POS机就能刷出医保卡里的余额', 'illegal'],
  ['自备POS机刷医保卡', 'illegal'],
  ['换到外省上班，医保个人账户里的钱能一起转走吗', 'accurate'],
  ['移居加拿大了，国内医保个人账户的余额能退给我吗', 'region-dependent'],
  ['医保能提现不', 'misleading'],
  ['医保卡能借人不', 'illegal'],
  ['医保卡给亲戚朋友用，只要不被发现就没事', 'illegal'],
  ['人去世后医保个人账户的钱会被国家收走', 'misleading'],
  ['老婆没工作交的是居民医保，她看病能用我的个人账户吗', 'accurate'],
  ['我妈没医保，拿我的医保卡去看病行不行', 'illegal'],
  ['社保卡里显示的余额就是医保个人账户的钱，可以去银行取', 'misleading'],
  ['用我的医保个人账户给老婆交城乡居民医保可以吗', 'accurate'],
  ['上海的家庭共济已经扩大到近亲属了', 'region-dependent'],
  ['北京医保个人账户可以给爷爷用', 'region-dependent'],
  ['医保卡插ATM查到的余额是医保的钱吗', 'misleading'],
  ['ATM上查到的社保卡余额就是医保的钱', 'misleading'],
  ['公司给我交的医保，我走的时候能折现给我不', 'misleading'],
  ['老公走了，他医保卡里的钱我能领出来吗', 'accurate'],
  ['在国外定居了，医保卡的钱能取吗', 'region-dependent'],
  ['满了25年缴费年限，医保卡里的钱可以一次取完吗', 'misleading'],
  ['我前年从成都调到深圳工作，办了医保转移，个人账户里的余额也一起转过来了', 'accurate'],
  ['诊所帮病人刷医保卡套现，会被取消医保定点吗', 'accurate'],
  ['医保卡借别人用不会罚款', 'misleading'],
  ['停保期间个人账户余额可以申请退还', 'misleading'],
  ['医保个人账户的钱是单位和个人一起交的', 'misleading'],
  ['广东的医保卡里的钱可以给我老豆用吗', 'accurate'],
  ['那个医保卡啊，里面的钱，能不能弄到微信上去', 'misleading'],
  ['我爸住院了，我能用我的医保卡给他结账吗', 'accurate'],
  ['俺的医保卡让邻居拿去开药中不中', 'illegal'],
  ['人去世以后这笔钱会被医保局收回', 'misleading'],
  ['医保卡可以买什么', 'accurate'],
  ['医保个人账户里的钱到底能干啥', 'accurate'],
  ['医保钱包里的钱可以在淘宝买东西吗', 'misleading'],
  ['医保钱包转错了，钱能退到我银行卡吗', 'misleading'],
  ['医保卡的钱今年没花完，明年还能接着用吗', 'accurate'],
  ['老爸過世了，他醫保卡裡的錢家屬可以申請領取嗎', 'accurate'],
  ['移民澳洲之後，大陸醫保卡的餘額怎麼處理', 'region-dependent'],
  ['我姑姑没参保，用我的名字住院报销行吗', 'illegal'],
  ['家里医保开的药太多吃不完，挂闲鱼上卖可以吗', 'illegal'],
  ['我没带医保卡，能用我哥的卡先挂号看病吗', 'illegal'],
  ['药店说医保卡余额可以充到他们的会员卡里，能这么干吗', 'illegal'],
  ['2021年以前医保卡能刷健身卡，现在还能刷吗', 'misleading'],
  ['用医保卡帮人开药倒卖，有什么后果', 'illegal'],
  ['我在江苏上班，我姐在安徽，她看病能用我的医保个人账户吗', 'accurate'],
  ['医保卡里的钱可以买燕窝、蛋白粉这种滋补品吗', 'misleading'],
  ['医保卡能买血糖仪吗', 'region-dependent'],
  ['下岗了生活困难，能把医保账户的钱申请出来吗', 'misleading'],
  ['医保钱包的钱能转给朋友吗', 'illegal'],
  ['医保卡能给我家保姆看病吗', 'illegal'],
  ['医保个人账户里的钱可以直接转给子女的银行卡', 'misleading'],
  ['帮人代办医保提现的中介会被抓吗', 'accurate'],
  ['药店给我返了两百块现金，我收了会有事吗', 'accurate'],
  ['药店老板说刷医保卡买药，再把药退了给我现金，能这么做吗', 'illegal'],
  ['把医保卡租出去会有什么后果', 'illegal'],
  ['不用医保卡的话，里面的钱每年能返给我吗', 'misleading'],
  ['我工资八千，每个月医保个人账户能进多少钱', 'accurate'],
  ['退休后医保卡每个月进的钱是按什么标准划的', 'accurate'],
  ['我爸去世三年了，医保卡里的钱现在还能领吗', 'accurate'],
  ['从北京回老家工作，医保卡里的钱怎么转回去', 'accurate'],
  // Written by a reader from the rubric and the brief alone, expected verdicts first (2026-11-27, batch 5).
  ['医保卡的钱能给我爸妈买药用吗', 'accurate'],
  ['我的职工医保个人账户能给老婆和孩子交居民医保吗', 'accurate'],
  ['我爸去世了，他医保卡里还剩两万多，这钱家里人能继承吗？', 'accurate'],
  ['帮别人套医保卡的钱会被判刑吗', 'accurate'],
  ['医保个人账户资金不能直接提取现金。', 'accurate'],
  ['用医保卡在药店买生活用品是违规的。', 'accurate'],
  ['医保卡里今年没花完的钱，明年还能接着用吗', 'accurate'],
  ['居民医保是不是没有个人账户啊？', 'accurate'],
  ['统筹基金只用于支付住院和门诊统筹费用，不会把钱以现金发给个人。', 'accurate'],
  ['我在杭州上班，明年要调去成都，医保个人账户里的钱会跟着转过去吗', 'accurate'],
  ['骗保被查到的话，是不是会被暂停医保卡结算？', 'accurate'],
  ['参保人骗取医保基金的，除退回损失外，还要处骗取金额2倍以上5倍以下罚款。', 'accurate'],
  ['把医保卡借给别人用是违法的吗', 'accurate'],
  ['职工医保个人账户可以用于支付配偶、父母、子女在定点医疗机构的医疗费用。', 'accurate'],
  ['社保卡银行账户里的工资能在ATM取，但医保个人账户的钱是不是取不了？', 'accurate'],
  ['醫保卡裡的錢可以幫爸媽看病用嗎', 'accurate'],
  ['药店老板让我刷医保卡换现金，这样算不算违法？', 'accurate'],
  ['新农合是不是没有钱可以取的？', 'accurate'],
  ['医保个人账户是不是不能付健身房的钱', 'accurate'],
  ['退休以后，医保个人账户还会每个月往里打钱吗', 'accurate'],
  ['倒卖医保药品会构成诈骗罪吗', 'accurate'],
  ['药店帮顾客套现，会不会被取消医保定点资格', 'accurate'],
  ['听说门诊共济改革后，单位交的医保费全部进统筹基金，不再划入个人账户，对吗？', 'accurate'],
  ['医保个人账户的本金和利息归个人所有，余额可以结转使用。', 'accurate'],
  ['医保钱包里的钱是不是只能看病买药，不能提现？', 'accurate'],
  ['我要移民加拿大定居了，医保个人账户里的钱能一次性取出来吗？', 'region-dependent'],
  ['出国定居的参保人可以申请一次性支取个人账户余额。', 'region-dependent'],
  ['医保个人账户的钱能用来买惠民保吗', 'region-dependent'],
  ['深圳允许用职工医保个人账户购买重疾险。', 'region-dependent'],
  ['可以用医保个人账户在定点医院做体检吗', 'region-dependent'],
  ['我在浙江，能用我的医保个人账户给我奶奶买药吗？她也参保了', 'region-dependent'],
  ['我想用医保钱包给在外省的弟弟转点钱看病，现在能用了吗', 'region-dependent'],
  ['上海的职工医保个人账户可以为家人购买商业医疗保险。', 'region-dependent'],
  ['我是外地人，在厦门上了二十年班，退休要回老家，医保关系转不回去，个人账户余额能退给我吗', 'region-dependent'],
  ['我在北京，听说以前医保的钱会打到一个存折上，可以去银行取，现在还这样吗', 'region-dependent'],
  ['从武汉调到外省工作，那边不接收个人账户，余额能一次性退给我吗', 'region-dependent'],
  ['部分地区允许出国定居人员一次性提取个人账户余额。', 'region-dependent'],
  ['香港人在内地上班交了职工医保，回香港以后个人账户余额能申请退吗', 'region-dependent'],
  ['医保个人账户能不能打九价HPV疫苗', 'region-dependent'],
  ['广州可以用医保个人账户给父母购买穗岁康。', 'region-dependent'],
  ['可以把医保卡借给朋友去药店开药吗？他没买医保', 'illegal'],
  ['高价回收医保卡余额，八五折当场结算，加微信详聊。', 'illegal'],
  ['哪里有药店刷医保卡能换现金的？急用钱', 'illegal'],
  ['用POS机刷医保卡就能把余额变成现金，手续费只收10%。', 'illegal'],
  ['我爸医保卡里有一万多，卖给收卡的人一般能卖几折？', 'illegal'],
  ['找相熟的诊所开一张假处方，刷医保卡拿药，再把药转卖出去就能变现。', 'illegal'],
  ['医院开的药吃不完，拿去卖给收药的可以吗', 'illegal'],
  ['专业代办医保卡套现，全国可办，当天到账，不成功不收费。', 'illegal'],
  ['我朋友没医保，用我的医保卡去住院报销行不行，我同意的', 'illegal'],
  ['医保卡余额用不完太浪费，拿到药店买点洗发水、纸巾、大米，刷卡就行。', 'illegal'],
  ['药店说刷医保卡可以返20%现金，这种店能去吗', 'illegal'],
  ['把医保卡押在药店，老板每个月按卡里余额的七折给你现金。', 'illegal'],
  ['醫保卡裡的錢用不完，可以找藥店刷卡換成現金。', 'illegal'],
  ['医保卡能在ATM取现吗', 'misleading'],
  ['医保卡里的钱怎么转到微信零钱？', 'misleading'],
  ['医保个人账户的钱能提现到支付宝吗', 'misleading'],
  ['去银行柜台能把医保卡里的钱取出来吗', 'misleading'],
  ['我在深圳上班，辞职回老家了，医保也停了，卡里还有八千多，能全部取出来吗？', 'misleading'],
  ['退休了，医保卡里的钱是不是可以一次性取出来？', 'misleading'],
  ['停保后个人账户的钱可以取出来。', 'misleading'],
  ['医保卡取现是医保体系的一项重要功能。', 'misleading'],
  ['我妈查出癌症急需用钱，能把她医保卡的余额取出来先用吗', 'misleading'],
  ['新农合卡里的钱怎么取出来', 'misleading'],
  ['医保卡的钱能办健身卡吗', 'misleading'],
  ['医保卡余额可以支付健身房费用。', 'misleading'],
  ['医保卡里的钱年底会清零吗？要不要赶紧花掉', 'misleading'],
  ['社保卡可以在ATM取钱，所以医保个人账户的余额也能直接取出来。', 'misleading'],
  ['离职的时候，统筹基金里单位帮我交的钱能退给我吗', 'misleading'],
  ['医保卡能去养生馆做足疗按摩吗', 'misleading'],
  ['居民医保卡里的余额能提现吗', 'misleading'],
  ['医保卡里的钱能直接转账到我自己的储蓄卡吗', 'misleading'],
  ['听说本人去社保局申请就能把医保个人账户全部提现，是真的吗', 'misleading'],
  ['2025年新规：医保个人账户余额可以随时提现。', 'misleading'],
  ['醫保卡的錢可以在提款機領出來嗎', 'misleading'],
  ['俺医保卡里攒了不少钱，咋个取出来花嘞', 'misleading'],
  ['医保钱包里的钱能提现到银行卡吗', 'misleading'],
  ['单位给我交的医保，是不是有一部分会打进我的个人账户？', 'misleading'],
  ['我今年刚退休，听说退休后医保账户余额可以转到养老金卡上，是真的吗', 'misleading'],
  ['医保个人账户的钱能取出来交房租吗', 'misleading'],
  ['失业了没收入，能申请把医保账户的钱取出来应急吗', 'misleading'],
  ['医保交满15年，统筹账户里的钱能一次性领吗', 'misleading'],
  ['断缴三个月以后，医保卡的钱是不是就可以取了', 'misleading'],
  ['家庭共济就是把医保卡里的钱转到家人的银行卡上。', 'misleading'],
  ['医保个人账户的钱能给孩子交学费吗', 'misleading'],
  ['职工医保个人账户里的钱归国家，人去世后就收回了，不能继承。', 'misleading'],
  ['换城市工作，原来医保卡里的余额是不是就作废了', 'misleading'],
  ['医保个人账户可以用来买保健品和养生茶。', 'misleading'],
  ['门诊共济改革以后，在职职工每月个人账户划进来的钱比以前多了吧？', 'misleading'],
  // Batch 6, written the same way: colloquial and dialect wording, stories before the question, pasted ads and notices.
  ['俺这医保卡里攒了五六千块，搁那也是搁着，能不能直接去ATM取出来花？', 'misleading'],
  ['医保卡里的钱咋整出来？能不能转到微信零钱里？', 'misleading'],
  ['医保个人账户的余额可以提现到支付宝吗', 'misleading'],
  ['我在一家厂里干了六年，上个月离职了，公司也不给交社保了，我就想问断缴以后医保卡里剩的钱是不是就能全部取出来了？', 'misleading'],
  ['俺爹今年刚退休，村里人都说退休了医保卡的钱就能一次性提出来，中不中啊？', 'misleading'],
  ['俺媳妇查出来是大病，家里急用钱，医保卡里那点余额能不能先取出来救急？', 'misleading'],
  ['俺交了好些年新农合，里头的钱啥时候能取出来？', 'misleading'],
  ['医保卡能在健身房刷卡办年卡吗', 'misleading'],
  ['网上都在传，医保卡余额年底要清零，得赶紧去药店花掉，真的假的？', 'misleading'],
  ['俺是上班族，工资条上每月扣医保两百来块，听说单位交的那一大块也全进俺个人账户，是这么回事不？', 'misleading'],
  ['拿着医保卡和身份证去银行柜台，是不是就能把医保的钱取出来？', 'misleading'],
  ['難道醫保卡裡的錢不能在ATM領出來嗎？我同事說他就領過。', 'misleading'],
  ['医保卡取现是医保卡的一项重要功能，很多人用了多年都不知道！', 'misleading'],
  ['社保卡本身就是银行卡，插ATM就能取，医保账户的钱也一起取出来了，亲测。', 'misleading'],
  ['医保个人账户的余额可以转到自己的工资卡上吗', 'misleading'],
  ['统筹基金里的钱年底会不会返还给个人一部分？', 'misleading'],
  ['我原来在苏州上班，现在换到成都了，原来医保卡里的一万多块是不是就作废了？', 'misleading'],
  ['医保卡里的钱能买洗衣液、卫生纸这些日用品不？', 'misleading'],
  ['医保卡能刷养生馆的推拿按摩吗', 'misleading'],
  ['人没了以后医保卡里的钱就归国家了，家属一分也拿不到。', 'misleading'],
  ['只要一直不住院，医保卡里的钱攒够五年就能申请提现，是不是？', 'misleading'],
  ['医保卡里的钱能拿来给孩子交学费吗', 'misleading'],
  ['医保钱包里的钱能提到银行卡里吗', 'misleading'],
  ['俺爸退休以后，医保卡每个月就不往里打钱了，是吧？', 'misleading'],
  ['听人说医保卡的钱只能本人用，连俺亲娘看病都不能刷，是这样不？', 'misleading'],
  ['醫保卡停保之後，餘額可以全部領出來。', 'misleading'],
  ['用医保卡套现最多罚点款，算不上犯法。', 'misleading'],
  ['医保卡借给别人用，被查到了顶多批评教育，没啥事吧？', 'misleading'],
  ['医保卡是不是不能在ATM上取现？', 'accurate'],
  ['俺娘身体不得劲，老往医院跑，俺寻思用俺的职工医保个人账户给她买药，中不中？', 'accurate'],
  ['我在公司上班有职工医保，我儿子在老家交城乡居民医保，每年那几百块能不能从我的个人账户里扣？', 'accurate'],
  ['医保卡套现被查出来，会不会坐牢？', 'accurate'],
  ['用医保卡骗钱被发现，是不是会被停掉医保直接结算？', 'accurate'],
  ['俺爷爷上个月走了，他医保卡里还有八千多，家里人能继承不？', 'accurate'],
  ['新农合是不是压根就没有个人账户，也就没钱可取？', 'accurate'],
  ['社保卡上那个银行账户里自己存的钱能取，可医保个人账户的钱取不了，对吧？', 'accurate'],
  ['医保卡的余额年底不会清零，第二年接着用，是吧？', 'accurate'],
  ['要调到外地工作了，医保个人账户的钱会跟着转过去吗？', 'accurate'],
  ['【温馨提示】参保人不得将本人医保凭证出借给他人使用，违者将依法暂停医保费用直接结算并处以罚款。', 'accurate'],
  ['与定点药店串通虚假购药、以药换现，属于欺诈骗保行为，构成犯罪的依法追究刑事责任。', 'accurate'],
  ['倒卖医保药品算不算犯罪？', 'accurate'],
  ['医保卡是不是不能拿来交健身房的钱？', 'accurate'],
  ['骗保被抓到，是不是要罚骗取金额的两到五倍？', 'accurate'],
  ['医保钱包里的钱是不是只能看病买药，没法提成现金？', 'accurate'],
  ['難道醫保個人帳戶的錢不能給爸媽看病用嗎？', 'accurate'],
  ['药店要是帮人拿医保卡换现金，是不是会被取消定点资格？', 'accurate'],
  ['医保卡借给别人用是不是不行？', 'accurate'],
  ['我老公在单位上班有职工医保，我是在老家交的居民医保，前两天我去医院看病，收费的说可以用他的个人账户付，这个是真的吗？', 'accurate'],
  ['俺闺女嫁到加拿大了，要出国定居，她医保卡里的钱能一次性取出来不？', 'region-dependent'],
  ['能用医保个人账户给自己买惠民保吗？', 'region-dependent'],
  ['医保卡里的钱能不能买商业重疾险？', 'region-dependent'],
  ['俺哥没啥收入，看病能刷俺的职工医保个人账户不？', 'region-dependent'],
  ['俺的职工医保个人账户能绑定给俺爷爷奶奶共济使用不？', 'region-dependent'],
  ['医保卡能在定点医院做体检吗？', 'region-dependent'],
  ['用医保个人账户打HPV疫苗中不中？', 'region-dependent'],
  ['听说北京以前医保的钱是打到存折上的，存折里的钱能去银行取，是真的吗？', 'region-dependent'],
  ['我们深圳这边医保个人账户可以买重疾险，每年自动扣。', 'region-dependent'],
  ['我是外地户口，在这边干到退休年龄了，医保关系转不回老家，个人账户的余额能不能一次性退给我？', 'region-dependent'],
  ['外籍员工离开中国时，可以申请一次性支付医保个人账户余额。', 'region-dependent'],
  ['医保个人账户的钱能不能买血糖仪、制氧机这种医疗器械？', 'region-dependent'],
  ['【高价回收】医保卡余额八五折回收，当天到账，微信联系。', 'illegal'],
  ['医保卡里的钱花不完？来本店刷卡，现金返您九折！', 'illegal'],
  ['教你一招：用医保卡去药店开药，再把药卖给收药的，钱就到手了。', 'illegal'],
  ['俺兄弟没交医保，俺把卡借给他去开药，中不中？', 'illegal'],
  ['医保卡能不能在POS机上刷出来变现？', 'illegal'],
  ['专业代办医保卡套现，全国可办，安全不查。', 'illegal'],
  ['把医保卡卖给回收的一般能卖几折？', 'illegal'],
  ['XX药店刷医保能买米面油，收银直接开成药名，亲测好用。', 'illegal'],
  ['医保开的药吃不完，挂闲鱼卖掉还能回点血。', 'illegal'],
  ['俺想找个药店把医保卡里的钱刷成现金，咋整？', 'illegal'],
  // Batch 7, written the same way: a plain sample of short everyday questions and copied statements.
  ['医保余额咋提现', 'misleading'],
  ['医保卡能在ATM机上取钱吗', 'misleading'],
  ['请问医保卡里的钱可以去银行柜台取吗？', 'misleading'],
  ['医保个人账户的钱能转到微信里吗', 'misleading'],
  ['医保余额可以提现到支付宝吗', 'misleading'],
  ['我刚离职，医保卡里的钱能取出来吗', 'misleading'],
  ['停保以后个人账户余额可以全部提取吗', 'misleading'],
  ['医保断缴三个月后余额就能取出来了吧', 'misleading'],
  ['退休了医保卡的钱能一次性取出来吗', 'misleading'],
  ['得了大病可以把医保余额取出来用吗', 'misleading'],
  ['新农合卡里的余额能提现吗', 'misleading'],
  ['我交的是居民医保，账户里攒的钱怎么取', 'misleading'],
  ['医保卡能在健身房刷卡办卡吗', 'misleading'],
  ['医保个人账户能付瑜伽私教课吗', 'misleading'],
  ['医保卡能去足疗养生馆消费吗', 'misleading'],
  ['医保卡余额年底不用就清零了吗', 'misleading'],
  ['医保钱包里的钱能提现到银行卡吗', 'misleading'],
  ['医保钱包收到的钱可以转进微信零钱吗', 'misleading'],
  ['门诊共济改革后单位交的钱还划进个人账户吗', 'misleading'],
  ['急需用钱，能申请把医保账户的钱提出来吗', 'misleading'],
  ['统筹基金里的钱能取出来吗', 'misleading'],
  ['我在外地打工，医保余额能转到我自己的银行卡上吗', 'misleading'],
  ['换城市工作后原来的医保余额就作废了吗', 'misleading'],
  ['医保断缴后卡里的钱会被收回吗', 'misleading'],
  ['患癌症了可以申请医保余额提现吗', 'misleading'],
  ['醫保卡可以在ATM提款機取現金嗎', 'misleading'],
  ['退休後醫保餘額可以領出來嗎', 'misleading'],
  ['医保卡除了看病买药，还有一项重要功能就是可以取现。', 'misleading'],
  ['社保卡插进ATM就能把医保余额取出来，很多人还不知道！', 'misleading'],
  ['好消息！2024年起医保个人账户余额可以直接提现到银行卡。', 'misleading'],
  ['离职后医保停缴，个人账户里的钱可以一次性领取。', 'misleading'],
  ['年满60岁办理退休的，可到医保局申请提取个人账户全部余额。', 'misleading'],
  ['社保卡能在ATM取钱，那医保余额也能一起取吧', 'misleading'],
  ['医保卡能不能绑定微信直接转账给别人', 'misleading'],
  ['不上班了，医保个人账户能退钱吗', 'misleading'],
  ['医保卡是不是不能取现', 'accurate'],
  ['医保卡的钱能给父母看病用吗', 'accurate'],
  ['请问医保个人账户能给孩子买药吗？', 'accurate'],
  ['能用我的医保账户给老婆交居民医保吗', 'accurate'],
  ['医保个人账户能帮爸妈交城乡居民医保费吗', 'accurate'],
  ['人走了，医保卡里的余额能继承吗', 'accurate'],
  ['医保卡套现会坐牢吗', 'accurate'],
  ['医保卡套现被查到会罚款吗', 'accurate'],
  ['把医保卡借给别人用会被处罚吗', 'accurate'],
  ['倒卖医保药品算犯罪吗', 'accurate'],
  ['换工作到外地，医保余额会跟着转过去吗', 'accurate'],
  ['医保个人账户余额能结转到下一年吗', 'accurate'],
  ['居民医保是不是没有个人账户', 'accurate'],
  ['医保钱包的钱是不是只能用来看病买药', 'accurate'],
  ['社保卡上的医保余额取不了，但卡里存的工资能取吧', 'accurate'],
  ['醫保個人賬戶的錢可以給配偶看病用嗎', 'accurate'],
  ['医保统筹基金是不是不会给个人发现金', 'accurate'],
  ['在职职工的医保个人账户只划入自己交的那部分吗', 'accurate'],
  ['用医保卡在药店买洗发水化妆品是违规的吧', 'accurate'],
  ['骗取医保基金算诈骗罪吗', 'accurate'],
  ['退休后医保个人账户还会有钱划入吗', 'accurate'],
  ['医保个人账户资金不能提取现金，也不能转到银行卡或微信。', 'accurate'],
  ['警惕！回收医保卡属于违法行为，卖卡的人同样要担责。', 'accurate'],
  ['与药店串通刷卡换现金，可能被暂停医保直接结算3到12个月。', 'accurate'],
  ['根据新规，医保个人账户不能用于健身和养生保健消费。', 'accurate'],
  ['出国定居能取出医保余额吗', 'region-dependent'],
  ['我要移民加拿大了，医保个人账户的钱能一次性退吗', 'region-dependent'],
  ['外籍员工离职回国，医保个人账户余额能退吗', 'region-dependent'],
  ['医保个人账户能买惠民保吗', 'region-dependent'],
  ['医保余额可以用来买商业健康保险吗', 'region-dependent'],
  ['用医保卡能做体检吗', 'region-dependent'],
  ['医保个人账户能打HPV疫苗吗', 'region-dependent'],
  ['北京医保存折里的钱可以取吗', 'region-dependent'],
  ['医保关系转出去但新地方不接收个人账户，余额能退吗', 'region-dependent'],
  ['港澳台人员离开内地，医保账户余额能一次性支取吗', 'region-dependent'],
  ['出國定居後醫保個人賬戶餘額可以一次性領取嗎', 'region-dependent'],
  ['广州的医保个人账户可以买穗岁康吗', 'region-dependent'],
  ['深圳职工可以用医保个人账户给自己购买重疾险。', 'region-dependent'],
  ['在上海，个人账户历年结余资金可以用来支付沪惠保保费。', 'region-dependent'],
  ['部分城市允许出境定居人员申请一次性支付医保个人账户余额。', 'region-dependent'],
  ['医保卡能借给朋友用吗', 'illegal'],
  ['医保卡余额怎么卖掉换钱', 'illegal'],
  ['哪里有回收医保卡余额的，几折？', 'illegal'],
  ['药店刷医保卡能换现金吗', 'illegal'],
  ['POS机可以刷医保卡套现吗', 'illegal'],
  ['用医保开的药转卖给收药的人行吗', 'illegal'],
  ['醫保卡餘額可以賣給回收的人嗎', 'illegal'],
  ['医保卡里的余额能打折卖给别人吗', 'illegal'],
  ['有没有药店可以用医保卡刷出现金的', 'illegal'],
  ['能拿别人的医保卡去住院报销吗', 'illegal'],
  ['高价回收医保卡余额，八五折，当天到账，加微信详聊。', 'illegal'],
  ['去熟人药店刷医保卡，药不拿，让老板按八折给现金。', 'illegal'],
  ['专业代办医保提现，不用看病也能把钱取出来，手续费10%。', 'illegal'],
  ['医保卡里的钱用不完，可以借给亲戚拿去开药，别浪费。', 'illegal'],
  ['自带POS机上门刷医保卡，资金秒到账。', 'illegal'],
  // Batch 8, written the same way: stories first, hearsay asked about, consequences, rhetorical questions, other voices.
  ['我妈今年七十了，一直交的新农合，这些年一次院都没住过，村里人说交的钱都攒在她卡里，现在能去信用社把这些钱取出来吗？', 'misleading'],
  ['医保卡能取现吗', 'misleading'],
  ['新农合能提现吗', 'misleading'],
  ['醫保卡可以在ATM提款嗎？', 'misleading'],
  ['我同事说医保卡里的余额可以先转到支付宝，再提现到银行卡，真的假的？', 'misleading'],
  ['网上说在医保APP里绑定微信，就能把个人账户的钱提现到微信零钱，靠谱吗？', 'misleading'],
  ['我去年十月从公司离职了，医保一直断缴到现在，听说停保以后个人账户里的钱就可以去柜台全部取出来了，是这样吗？', 'misleading'],
  ['我爸下个月就正式退休了，他说退休以后医保卡里攒的两万多块钱可以一次性提出来养老，能这么办吗？', 'misleading'],
  ['我老公查出肺癌要做手术，家里急需用钱，医保个人账户里还有三万多，能不能申请大病提现先拿出来用？', 'misleading'],
  ['听说每年12月31日前医保卡的钱不花完就会清零作废，所以年底得赶紧去药店刷掉，真的吗？', 'misleading'],
  ['社区群里转发的通知：“根据最新政策，2025年起职工医保个人账户余额年底统一清零，请尽快使用。”', 'misleading'],
  ['社保卡既然能在ATM上取钱，那医保卡里的余额肯定也能一起取出来，对不对？', 'misleading'],
  ['银行柜员说：社保卡激活金融功能以后，医保个人账户的钱就自动进到银行账户里，可以随便取了。', 'misleading'],
  ['医保钱包里的钱能提现到银行卡吗？', 'misleading'],
  ['我用医保钱包给我妈转了两千块，她问能不能从医保钱包里把这笔钱提成现金存起来？', 'misleading'],
  ['药店里卖的养生保健品能用医保个人账户买吗？', 'misleading'],
  ['看到一篇文章说医保个人账户的钱可以用来交瑜伽课和养生保健的费用，这个说法现在还成立吗？', 'misleading'],
  ['以前我们这儿医保个人账户能刷健身房，现在应该也还可以吧？', 'misleading'],
  ['难道医保卡不能在银行取钱吗？', 'misleading'],
  ['谁说医保个人账户的钱不能提现？', 'misleading'],
  ['套现几百块钱而已，难道这也算违法吗？', 'misleading'],
  ['论坛上有人说医保卡套现只要金额不超过五千就不算犯法，顶多警告一下，是这样吗？', 'misleading'],
  ['骗保被查到的话，是不是把钱退回去就完事了，不会罚款？', 'misleading'],
  ['我在杭州交了五年职工医保，现在要回老家郑州工作，听说医保卡的余额带不走，离开杭州就作废了，是真的吗？', 'misleading'],
  ['某自媒体新闻稿写道：医保卡取现是医保体系的一项重要便民功能。', 'misleading'],
  ['门诊共济改革以后，单位交的医保费还是有三成划到我个人账户里，对吧？', 'misleading'],
  ['统筹基金里的钱，参保人一年没生病的话年底可以按比例返还现金。', 'misleading'],
  ['我在深圳上班交的职工医保，卡里有一万二，我妈说反正用不完，让我拿去银行转到工资卡上，这样可以吗？', 'misleading'],
  ['医保余额能继承吗', 'accurate'],
  ['我爸上个月去世了，他是职工医保，卡里还剩八千多块，我们做子女的能按规定继承这笔个人账户余额吗？', 'accurate'],
  ['我在深圳上班交职工医保，我妈七十了在老家交居民医保，我的个人账户能不能帮她交明年的居民医保费？', 'accurate'],
  ['我老婆没工作，交的是居民医保，她去定点药店买药能用我职工医保个人账户里的钱付吗？', 'accurate'],
  ['孩子发烧去医院看门诊，能用我的医保个人账户给孩子付钱吗？', 'accurate'],
  ['难道医保卡的钱不能给爸妈看病用吗？', 'accurate'],
  ['聽說醫保卡套現會被判刑，是真的嗎？', 'accurate'],
  ['我表姐把医保卡余额卖给了收卡的人，要是被发现了，会不会被暂停医保直接结算？', 'accurate'],
  ['用医保卡在药店换现金被查出来，除了退钱还要罚款吗？', 'accurate'],
  ['药店如果帮顾客套现被查到，会不会被取消医保定点资格？', 'accurate'],
  ['倒卖医保开出来的药算犯罪吗？', 'accurate'],
  ['医保个人账户的余额是不是不能提现？', 'accurate'],
  ['医保局公众号提醒：医保个人账户资金不能提取现金，也不能转入银行卡、微信或支付宝。', 'accurate'],
  ['居民医保是不是没有个人账户？', 'accurate'],
  ['我从广州调到成都工作了，两边都是职工医保，原来个人账户里的余额会随着医保关系一起转过去吗？', 'accurate'],
  ['个人账户今年没花完的钱，明年还能接着用吧？', 'accurate'],
  ['我往社保卡的银行账户里自己存了五百块钱，这五百块能像普通银行卡一样在ATM取出来吗？', 'accurate'],
  ['门诊共济改革后，单位缴的医保费是不是全部进了统筹基金，不再划进个人账户了？', 'accurate'],
  ['医保钱包里的钱只能在医保里用来看病买药，不能转到银行卡，对吗？', 'accurate'],
  ['反诈民警提醒：收购医保卡余额、找药店刷卡换现金都属于骗保违法行为，情节严重的要追究刑事责任。', 'accurate'],
  ['我下半年要移民加拿大定居了，国内职工医保个人账户里还有两万，出国定居能申请把余额一次性取出来吗？', 'region-dependent'],
  ['我要移居香港定居了，醫保個人賬戶的餘額可以申請一次性退還嗎？', 'region-dependent'],
  ['医保个人账户能买惠民保吗？', 'region-dependent'],
  ['我在上海上班，同事说可以用医保个人账户给自己买一份商业健康保险，这个靠谱吗？', 'region-dependent'],
  ['单位组织体检，能用医保个人账户的钱付体检费吗？', 'region-dependent'],
  ['深圳允许用职工医保个人账户给家人买重疾险，是真的吗？', 'region-dependent'],
  ['我是外籍员工，在苏州交了三年职工医保，合同到期要回国不再来了，个人账户余额能申请退给我吗？', 'region-dependent'],
  ['有的城市把医保个人账户的钱存进专门的医保存折，存折里的钱可以去银行取出来，是真的吗？', 'region-dependent'],
  ['我们省医保局说，今年起职工医保的家庭共济已经可以跨省使用了。', 'region-dependent'],
  ['我离开威海去外地工作，新单位那边不接收个人账户，原来的余额能申请退给我本人吗？', 'region-dependent'],
  ['我是外地户口，在厦门交职工医保，到退休年龄时医保关系转不回老家，个人账户余额能不能一次性领取？', 'region-dependent'],
  ['打HPV疫苗能用医保个人账户的钱付吗？', 'region-dependent'],
  ['医保卡借人行吗', 'illegal'],
  ['把醫保卡借給朋友去醫院拿藥可以嗎？', 'illegal'],
  ['我朋友刚来城里打工还没办医保，孩子生病了，我想把我的医保卡借他去医院看病，这样行不行？', 'illegal'],
  ['我卡里攒了一万多用不完，朋友圈有人收医保卡余额给八折，能不能卖给他换点现钱？', 'illegal'],
  ['高价回收医保卡余额，八五折当场结清，全国可办，不用本人到场。', 'illegal'],
  ['药店店员：你刷医保卡买药，药不用拿走，我们按九折退你现金。', 'illegal'],
  ['楼下药店老板说我刷医保卡买一千块的药，他直接退我九百现金，这样我可以去吗？', 'illegal'],
  ['有人卖能刷医保卡的POS机，说在家刷卡就能把个人账户余额套出来，这个可以买来用吗？', 'illegal'],
  ['论坛热心网友：每个月用医保多开点降压药，转手卖给收药的，一年能多出好几千，亲测稳。', 'illegal'],
  ['我妈有慢性病每月能开很多药，用不完的医保药卖给门口收药的人，这样可以吗？', 'illegal'],
  ['专业代办医保卡提现，个人账户余额秒到银行卡，手续费10%。', 'illegal'],
  ['我没有医保，能不能借我哥的医保卡去医院做个检查？', 'illegal'],
  // Batch 11, written the same way: every shape at once, regional speech (噻, 侬…伐, 得不得行), five in traditional characters.
  ['医保能提现不', 'misleading'],
  ['医保卡能在ATM机上取钱吗？', 'misleading'],
  ['医保个人账户里的钱能转到微信零钱吗', 'misleading'],
  ['去银行柜台能不能把医保卡里的钱取出来', 'misleading'],
  ['停保了，医保卡里的钱是不是就能取出来了', 'misleading'],
  ['俺在厂里干了八年，上个月辞职了，医保也断缴了，听人说断缴以后个人账户的钱能一次性全取出来，是真的不？', 'misleading'],
  ['退休以后医保卡余额可以全部提现吗', 'misleading'],
  ['我爸刚查出肺癌晚期，家里急着用钱，他医保个人账户里攒了三万多，得了大病是不是可以申请把这笔钱取出来救急？', 'misleading'],
  ['新农合账户余额能取出来不', 'misleading'],
  ['居民医保个人账户里的钱咋个取出来嘛', 'misleading'],
  ['医保卡刷健身房行不', 'misleading'],
  ['医保卡余额可以拿来做养生按摩不', 'misleading'],
  ['医保卡取现是医保体系的一项重要功能，持卡人可随时到银行网点办理。', 'misleading'],
  ['紧急扩散！医保卡余额年底前不用完就会全部清零，明年一分都不剩！', 'misleading'],
  ['医保卡的钱年底不花完是不是就被收回去了', 'misleading'],
  ['谁说医保卡不能取现？我邻居上礼拜刚在银行取了两千。', 'misleading'],
  ['难道退休了医保余额还不能一次性取出来吗？', 'misleading'],
  ['社保卡能在ATM取钱，所以医保个人账户的钱也能直接取出来。', 'misleading'],
  ['醫保卡裡的錢可以轉到銀行卡嗎？', 'misleading'],
  ['停保之後，醫保個人帳戶餘額可以全部領出來。', 'misleading'],
  ['统筹基金里的钱个人能申请取出来吗', 'misleading'],
  ['医保钱包里的钱能提现到银行卡吗', 'misleading'],
  ['听说现在单位交的医保费也全都打进个人账户了，是真的吗', 'misleading'],
  ['部分地区已允许在ATM机提取医保个人账户余额', 'misleading'],
  ['我姐说医保卡余额满五千就能取现，真的假的？', 'misleading'],
  ['侬晓得伐，医保卡里的钞票可以去银行拿出来伐？', 'misleading'],
  ['医保卡中不中刷游泳馆的年卡', 'misleading'],
  ['医保卡里的钱能不能行转到我儿子的银行卡上', 'misleading'],
  ['医保个人账户的钱是不是不能直接取现金？', 'accurate'],
  ['医保卡的钱能给俺爹娘看病用吗', 'accurate'],
  ['我的职工医保个人账户能给老婆交居民医保吗', 'accurate'],
  ['娃儿的居民医保费从我医保账户里扣，可以噻？', 'accurate'],
  ['倒卖医保药品算犯罪不', 'accurate'],
  ['同事让我把医保卡借给他亲戚去医院开点药，说就一两回，肯定没人查，我有点犹豫，这种事万一被查到会咋样？', 'accurate'],
  ['用医保卡套现会不会影响以后看病报销', 'accurate'],
  ['参保人员骗取医保基金的，责令退回，暂停其医疗费用联网结算3至12个月，并处骗取金额2倍以上5倍以下罚款。', 'accurate'],
  ['以欺诈、伪造证明材料等手段骗取医疗保障基金的，属于刑法第二百六十六条规定的诈骗公私财物的行为。', 'accurate'],
  ['医保余额能继承吗', 'accurate'],
  ['我在郑州上了五年班，医保一直是单位交的，明年要调去成都工作，医保个人账户里攒的钱会跟着一起转过去吗？', 'accurate'],
  ['居民医保是不是没有个人账户啊', 'accurate'],
  ['社保卡银行账户里自己存的钱能取，医保个人账户的钱取不了，对吧？', 'accurate'],
  ['警方提醒：街头回收医保卡余额属于违法行为，卖卡者同样会被追责。', 'accurate'],
  ['医保卡余额年底不会清零，是吧？', 'accurate'],
  ['医保卡是不是不可以刷健身房', 'accurate'],
  ['醫保個人帳戶的錢不能提取現金，也不能轉到微信。', 'accurate'],
  ['现在在职职工个人账户只划入自己交的那部分，单位交的全进统筹基金了。', 'accurate'],
  ['谁说停保了就能把医保卡里的钱取出来？根本没这回事。', 'accurate'],
  ['医保个人账户的钱不可以转到自己银行卡上吗？', 'accurate'],
  ['俺闺女嫁到加拿大，明年就要过去定居了，她医保个人账户里还有一万多块没花，走之前能办一次性支取不？', 'region-dependent'],
  ['外籍员工合同到期回国，医保个人账户里的余额能退吗', 'region-dependent'],
  ['港澳台人员离开内地，可以申请一次性退还医保个人账户余额。', 'region-dependent'],
  ['我从厦门调去外地上班，去新单位办转移的时候那边说不接收个人账户，那我卡里剩的余额能一次性退给我吗？', 'region-dependent'],
  ['医保个人账户能买商业健康保险吗', 'region-dependent'],
  ['医保能买惠民保不', 'region-dependent'],
  ['医保卡可以刷体检费吗', 'region-dependent'],
  ['医保卡能打HPV疫苗不', 'region-dependent'],
  ['听说北京以前医保的钱是打到存折上的，能去银行取，真有这事？', 'region-dependent'],
  ['我是外地户口，在这边打了二十年工，今年到了退休年龄，医保关系转不回老家，个人账户余额能一次性领走吗？', 'region-dependent'],
  ['上海的医保个人账户余额可以给自己买商业医疗险', 'region-dependent'],
  ['出國定居可以一次性支取醫保個人帳戶餘額', 'region-dependent'],
  ['高价回收医保卡余额，八五折当面结清，有意者加微信。', 'illegal'],
  ['把医保卡借给同事去开药行不行', 'illegal'],
  ['药店刷医保卡能换现金吗', 'illegal'],
  ['有没有能刷医保卡套现的POS机，急用', 'illegal'],
  ['医保卡里的钱用不完太浪费，找药店老板刷卡开药再折价退现，一举两得。', 'illegal'],
  ['我妈常年吃降压药，用医保每个月能开不少，家里堆了好几盒吃不完，拿去转卖给村口的小诊所能回点本不？', 'illegal'],
  ['哪里收医保卡余额啊，一般几折', 'illegal'],
  ['专业代办医保卡提现，无需本人到场，当天到账。', 'illegal'],
  ['医保卡余额可以卖给别人吗', 'illegal'],
  ['收醫保卡，餘額八折回收，現金結算。', 'illegal'],
  ['在药店虚开单子把医保卡的钱套出来，得不得行', 'illegal'],
  ['医保卡能租给人不', 'illegal'],
  // Batch 12, written the same way: a second plain sample of everyday questions and copied statements.
  ['医保卡能在ATM机取钱吗', 'misleading'],
  ['医保卡里的钱咋取出来', 'misleading'],
  ['医保余额能转到微信零钱吗', 'misleading'],
  ['医保个人账户的钱可以提到支付宝吗', 'misleading'],
  ['医保卡的钱能转到自己银行卡上吗', 'misleading'],
  ['去银行柜台能把医保卡里的钱取出来吗', 'misleading'],
  ['医保卡里的钱是不是不能取现金', 'accurate'],
  ['为什么医保卡里的钱取不出来', 'accurate'],
  ['医保统筹基金的钱能取出来吗', 'misleading'],
  ['急用钱，医保卡能取现吗', 'misleading'],
  ['医保个人账户的钱不能提现，对吧', 'accurate'],
  ['醫保卡可以在提款機取錢嗎', 'misleading'],
  ['医保卡里的钱可以直接去银行柜台取出来，很多人都不知道！', 'misleading'],
  ['高价回收医保卡余额，8.5折当场结算，微信联系', 'illegal'],
  ['医保个人账户资金只能用于医疗费用，不能提取现金', 'accurate'],
  ['2021年起，职工医保个人账户可以用于支付配偶、父母、子女的医疗费用', 'accurate'],
  ['停保以后，个人账户里的余额可以全部取出来', 'misleading'],
  ['深圳参保人可以用个人账户余额购买重疾险', 'region-dependent'],
  ['到合作药店刷医保卡，现场返现九折，不用真买药', 'illegal'],
  ['以虚假购药方式套取医保基金属于诈骗行为，将依法追究刑事责任', 'accurate'],
  ['医保卡余额年底会清零，赶紧去药店花掉！', 'misleading'],
  ['职工医保个人账户余额可以用来交健身房会员费', 'misleading'],
  ['出国定居的参保人可以申请一次性支取个人账户余额', 'region-dependent'],
  ['自2021年起单位缴纳的医保费全部计入统筹基金，不再划入个人账户', 'accurate'],
  ['有闲置医保卡的朋友可以借给我用，每次给你200元辛苦费', 'illegal'],
  ['POS机刷医保卡秒到账，费率低，需要的私聊', 'illegal'],
  ['城乡居民医保没有个人账户，缴的费用进入统筹基金', 'accurate'],
  ['医保开的药高价回收，同城上门收', 'illegal'],
  ['醫保卡餘額回收，現金秒結，價格公道', 'illegal'],
  ['离职了医保卡里的钱能取出来吗', 'misleading'],
  ['辞职后医保卡的钱可以提现吗', 'misleading'],
  ['医保断缴了卡里余额会清零吗', 'misleading'],
  ['离职后医保个人账户里的钱还是我的吗', 'accurate'],
  ['退休后医保卡的钱可以全部取出来吗', 'misleading'],
  ['退休了医保余额能一次性提取吗', 'misleading'],
  ['退休人员医保个人账户每月还有钱打进来吗', 'accurate'],
  ['人去世后医保卡里的钱能继承吗', 'accurate'],
  ['老人过世了，医保个人账户余额家属能继承吗', 'accurate'],
  ['人死后医保卡余额会被国家收回吗', 'misleading'],
  ['医保卡的钱能给老婆看病用吗', 'accurate'],
  ['我的医保个人账户能给孩子买药吗', 'accurate'],
  ['爸妈看病能用我的医保卡余额吗', 'accurate'],
  ['醫保卡的錢可以給父母看病用嗎', 'accurate'],
  ['医保个人账户只能自己用，家里人不能用，对吗', 'misleading'],
  ['能用我的医保个人账户给爸妈交居民医保吗', 'accurate'],
  ['医保卡余额可以给孩子交新农合的钱吗', 'accurate'],
  ['职工医保个人账户能给老婆交城乡居民医保费吗', 'accurate'],
  ['换城市工作，医保个人账户余额能转过去吗', 'accurate'],
  ['去外地上班了，医保卡里的钱会作废吗', 'misleading'],
  ['医保关系转到外省，个人账户的钱会跟着转吗', 'accurate'],
  ['出国定居医保卡里的钱能一次性取出吗', 'region-dependent'],
  ['移民加拿大了，医保个人账户余额可以申请退还吗', 'region-dependent'],
  ['出國定居醫保個人賬戶餘額能退嗎', 'region-dependent'],
  ['得了癌症能把医保卡的钱取出来治病吗', 'misleading'],
  ['大病急用钱可以提取医保个人账户吗', 'misleading'],
  ['住院自己付的那部分能用医保个人账户付吗', 'accurate'],
  ['医保个人账户可以买商业保险吗', 'region-dependent'],
  ['医保卡余额能交惠民保吗', 'region-dependent'],
  ['做体检能用医保卡余额付吗', 'region-dependent'],
  ['医保卡可以刷健身卡吗', 'misleading'],
  ['医保卡能在养生馆消费吗', 'misleading'],
  ['医保卡能借给朋友用吗', 'illegal'],
  ['能借同事的医保卡去看病吗', 'illegal'],
  ['把医保卡借给别人开药犯法吗', 'accurate'],
  ['醫保卡借給親戚用會違法嗎', 'accurate'],
  ['医保卡余额可以卖给别人吗', 'illegal'],
  ['哪里有回收医保卡的', 'illegal'],
  ['卖医保卡余额违法吗', 'accurate'],
  ['医保卡里的余额一般几折能卖出去', 'illegal'],
  ['药店刷医保卡能换现金吗', 'illegal'],
  ['有的药店刷医保返现金，这样可以吗', 'illegal'],
  ['在药店用医保卡假装买药拿现金违法吗', 'accurate'],
  ['POS机可以刷医保卡套现吗', 'illegal'],
  ['用POS机刷医保卡套现犯法吗', 'accurate'],
  ['医保开的药吃不完可以卖掉吗', 'illegal'],
  ['倒卖医保药品会坐牢吗', 'accurate'],
  ['医保卡套现会被罚款吗', 'accurate'],
  ['医保套现会坐牢吗', 'accurate'],
  ['骗保会被暂停医保直接结算吗', 'accurate'],
  ['医保卡余额年底会清零吗', 'misleading'],
  ['医保卡里的钱今年没用完，明年还能接着用吗', 'accurate'],
  ['医保钱包里的钱能提现吗', 'misleading'],
  ['单位交的医保费现在不划进个人账户了吗', 'accurate'],
  ['门诊共济改革后单位缴费还划入个人账户吗', 'misleading'],
  ['新农合的钱可以取出来吗', 'misleading'],
  ['居民医保有个人账户吗', 'misleading'],
  ['新农合是不是没有个人账户', 'accurate'],
  ['社保卡能在ATM取钱，取的是医保的钱吗', 'misleading'],
  ['社保卡金融账户的钱和医保个人账户是一回事吗', 'misleading'],
  ['社保卡银行账户里的钱跟医保余额是分开的吧', 'accurate'],
];

describe('answer: what readers type', () => {
  it('gives the rubric verdict for at least 90% of typed questions and claims', () => {
    const wrong = TYPED.filter(([q, v]) => answer(q).items[0]?.verdict !== v).map(([q, v]) => `${q} → ${answer(q).items[0]?.verdict ?? 'nothing'} (want ${v})`);
    expect(wrong.length / TYPED.length, wrong.join('\n')).toBeLessThanOrEqual(0.1);
  });

  it('answers a question asking where a route is (附近哪有收医保卡的？) as asking about the route: illegal, not a rhetorical denial', () => {
    for (const q of ['附近哪有收医保卡的？', '哪有能刷医保卡换现金的药店？']) {
      const item = answer(q).items[0]!;
      expect(item.question, q).toBe(true);
      expect(item.verdict, q).toBe('illegal');
    }
  });

  it('replies to a question in its own terms, and judges a statement beside its own words', () => {
    const q = answer('医保卡里的钱可以去ATM取现吗').items[0]!;
    expect(q.question).toBe(true);
    expect(q.reply?.zh).toMatch(/^不能。/);
    expect(answer('医保卡里的钱年底会清零吗').items[0]?.reply?.zh).toMatch(/^不会。/);
    // 是 asked, 是 answered: the 行 of 银行 asks nothing.
    expect(answer('医保的钱是存在社保卡的银行账户里吗').items[0]?.reply?.zh).toMatch(/^不是。/);
    expect(answer('医保卡借给同事用一下行吗').items[0]?.reply?.zh).toMatch(/^不能，这是违法的。/);
    // The question's own verb is its last: 是 of 是谣言吗, not the 可以 of the claim it asks about.
    expect(answer('所谓医保卡可以取现是谣言吗').items[0]?.reply?.zh).toMatch(/^是的。/);
    // Asked whether a rumour is true: the rumour is judged, not called false by its 网传 or 所谓.
    expect(answer('网传医保卡余额年底清零，是真的吗').items[0]).toMatchObject({ verdict: 'misleading', reply: { zh: expect.stringMatching(/^不是。/) } });
    expect(answer('所谓的医保卡提现是真的吗').items[0]?.reply?.zh).toMatch(/^不是。/);
    expect(answer('医保卡里的钱可以给父母用吗').items[0]?.reply?.zh).toMatch(/^可以，但须.*家庭共济.*不能把卡借/);
    // The relative named a clause before the use of "my" account.
    expect(answer('我爸妈没有工作，能用我的医保卡吗').items[0]?.reply?.zh).toMatch(/^可以，但须.*家庭共济.*不能把卡借/);
    // Family aid shares the account's money, never the card or the insured's own benefits.
    expect(answer('家庭共济以后医保卡本身可以给家人用吗').items[0]?.reply?.zh).toMatch(/^不能。/);
    expect(answer('家庭共济后住院待遇也能给家人用吗').items[0]?.reply?.zh).toMatch(/^不能。/);
    expect(answer('医保卡可以借给别人用吗').items[0]?.reply?.zh).toMatch(/违法/);
    // Grandparents named as a pair (爷爷奶奶, 外公外婆) are close relatives, as 爷爷 alone is; 老伴 is a spouse.
    expect(answer('职工医保个人账户可以给爷爷奶奶用吗').items[0]?.entry).toBe('close-relatives-aid');
    expect(answer('医保卡的钱能给外公外婆看病吗').items[0]?.entry).toBe('close-relatives-aid');
    expect(answer('医保卡的钱能给老伴用吗').items[0]?.reply?.zh).toMatch(/^可以，但须.*家庭共济/);
    // Family aid never makes using a relative's card lawful.
    expect(answer('家人之间可以互相借用医保卡买药吗').items[0]?.reply?.zh).toMatch(/^不能/);
    expect(answer('医保卡能买商业保险吗').items[0]?.reply?.zh).toMatch(/^要看当地规定/);
    // Whether the balance is still there, in the question's own verb; why it shrinks, by who pays into it.
    expect(answer('换了城市医保卡里的钱还在吗').items[0]?.reply?.zh).toMatch(/^在。/);
    expect(answer('医保卡里的钱为什么越来越少').items[0]?.reply?.zh).toMatch(/单位缴费计入统筹基金/);
    // 家里人 is family: paying their premiums is the family-premium rule (it was the nearest phrasing of the death payout).
    expect(answer('医保卡里的钱能不能给家里人交医保').items[0]).toMatchObject({ entry: 'family-premium', verdict: 'accurate' });
    // What becomes of a balance never spent: it carries over (no yes or no to give).
    expect(answer('医保卡里的钱花不完怎么办').items[0]?.reply?.zh).toMatch(/^个人账户.*余额逐年结转/);
    const s = answer('医保卡可以取现').items[0]!;
    expect(s.question).toBe(false);
    expect(s.reply).toBeUndefined();
    expect(s.quote).toBe('医保卡可以取现');
  });

  it('answers an illegal route or a penalty only where the query names it, not a lookalike', () => {
    // Paying at a pharmacy's POS terminal is how the card is used; only cash out of one is the route.
    expect(answer('医保卡可以在药店的POS机上刷吗').items.map((i) => i.verdict)).not.toContain('illegal');
    expect(answer('医保卡可以用POS机刷卡买药吗').items.map((i) => i.entry)).not.toContain('criminal-liability');
    expect(answer('POS机刷医保卡可以套现吗').items[0]?.verdict).toBe('illegal');
  });

  it('answers whether a warning holds in its own verb, and a what-or-how question with the rule alone', () => {
    // 坐牢 denies the route as a warning does; the question asks whether the warning holds.
    expect(answer('医保卡套现会坐牢吗').items[0]?.reply?.zh).toMatch(/^会。/);
    // So does whether a fine follows, and an A-not-A asked in a clause of its own: 会不会被查 praises no route.
    // 没什么 (nothing much) asks nothing: the statement is judged, not answered.
    expect(answer('把医保卡借给同学开点药，没什么大不了的').items[0]).toMatchObject({ verdict: 'illegal', question: false });
    expect(answer('医保卡借给别人会被罚吗').items[0]).toMatchObject({ verdict: 'accurate', reply: { zh: expect.stringMatching(/^会。/) } });
    expect(answer('医保卡借给别人，药店会不会被查').items[0]).toMatchObject({ verdict: 'accurate', reply: { zh: expect.stringMatching(/^会。/) } });
    // The quote shown over the verdict is the whole question, the asking clause too.
    expect(answer('医保卡借给别人，药店会不会被查').items[0]?.quote).toBe('医保卡借给别人，药店会不会被查');
    // A question asks what its last claim says: the asker's case told before it is not judged beside it.
    expect(answer('医保钱包转错了，钱能退到我银行卡吗').items.map((i) => i.verdict)).toEqual(['misleading']);
    // What the money can pay for, asked openly, is answered with the account's uses, not a guess.
    const uses = answer('医保个人账户能用来干什么').items[0];
    expect(uses).toMatchObject({ entry: 'account-use', verdict: 'accurate' });
    expect(uses?.nearest).toBeUndefined();
    // 会怎么样 asks what happens: neither 会 nor 不会 answers it.
    const what = answer('把医保卡卖了会怎么样').items[0]?.reply?.zh ?? '';
    expect(what).not.toMatch(/^(不会|会|不能|可以|对|不对)/);
    expect(what).toMatch(/违法/);
    expect(answer('医保卡怎么套现').items[0]?.reply?.zh).not.toMatch(/^(不对|对|不能|可以)/);
    // 多久 asks how long: a question, answered by the rule (the balance does not lapse).
    const [lapse] = answer('医保卡多久不用会作废').items;
    expect(lapse?.question).toBe(true);
    expect(lapse?.reply?.zh).toMatch(/^个人账户余额不会清零/);
  });

  it('marks a rule found only as the nearest phrasing, and gives it no yes or no of its own', () => {
    const [ruled] = answer('医保卡里的钱可以去ATM取现吗').items;
    expect(ruled!.nearest).toBeUndefined();
    expect(ruled!.reply!.zh).toMatch(/^不能/);
    // Wording only fuse.js reaches (no word of a withdrawal): marked, and answered by the rule alone.
    const [guess] = answer('出国定居以后医保卡的钱可以吗').items;
    expect(guess!.nearest).toBe(true);
    expect(guess!.entry).toBe('emigration-payout');
    expect(guess!.reply!.zh).not.toMatch(/^(不能|可以|会|不会|对|不对|是的|不是|要看)/);
  });

  it('reads a how question as the claim it takes for granted, by the rules rather than the nearest guess', () => {
    const [how] = answer('医保卡里的钱怎么取出来').items;
    expect(how!.nearest).toBeUndefined();
    expect([how!.entry, how!.verdict]).toEqual(['cash-withdrawal', 'misleading']);
    expect(how!.reply!.zh).not.toMatch(/^(不能|可以)/);
    // No word of a withdrawal, no claim: a how question is no claim by itself.
    expect(answer('医保卡怎么用').items.every((i) => i.nearest)).toBe(true);
  });

  it('reads that the account is no longer credited as a claim about the monthly credit', () => {
    const [stopped] = answer('退休以后医保卡里就不会再打钱了').items;
    expect(stopped!.nearest).toBeUndefined();
    expect([stopped!.entry, stopped!.verdict]).toEqual(['account-credit', 'misleading']);
  });

  it('answers a national no asked of one place with a no, not with "it depends" before a rule that says no', () => {
    const [item] = answer('上海医保卡能取现吗').items;
    expect(item!.reply!.zh).toMatch(/^一般不能/);
    // A rule that itself differs by place still depends on it.
    expect(answer('出国定居医保卡里的钱能取出来吗').items[0]!.reply!.zh).toMatch(/^要看当地规定/);
  });

  it('answers paying a relative’s premium (给父母交医保) by the premium rule, not by family aid in general', () => {
    expect(answer('医保卡里的钱能给父母交医保吗').items[0]).toMatchObject({ entry: 'family-premium', verdict: 'accurate' });
  });

  it('answers depositing on the social-security card by its bank account, and guesses nothing for the medical card', () => {
    expect(answer('社保卡可以存钱吗').items[0]).toMatchObject({ entry: 'bank-account', verdict: 'accurate' });
    expect(answer('医保卡能存钱吗').items.filter((i) => !i.nearest)).toEqual([]);
  });

  it('answers what an illegal route leads to with the route and its penalties, and only then', () => {
    const asked = answer('医保卡借给朋友用被发现了怎么办').items[0]!;
    expect([asked.verdict, asked.entry]).toEqual(['illegal', 'card-lending']);
    expect(asked.reply!.zh).toMatch(/3至12个月/);
    expect(asked.sources.map((s) => s.docNumber)).toContain('国务院令第735号');
    // Whether it is allowed, asked, is answered without the penalties; a way of using the account asked "怎么办" has none.
    expect(answer('医保卡能借给朋友用吗').items[0]!.reply!.zh).not.toMatch(/3至12个月/);
    expect(answer('医保卡里的钱用不完怎么办').items[0]!.reply!.zh).not.toMatch(/罚款/);
  });

  it('reads an A-not-A question about a crime as asked, not as the crime denied', () => {
    // 算不算犯罪 holds 不算犯罪, 构不构成 holds 不构成: neither plays the crime down.
    expect(answer('倒卖医保药品算不算犯罪？').items[0]).toMatchObject({ verdict: 'accurate', question: true });
    expect(answer('套现构不构成犯罪').items[0]).toMatchObject({ verdict: 'accurate', question: true });
    // 连…都不能刷 denies what it names: the parents' costs, which family aid pays.
    expect(answer('听人说医保卡的钱只能本人用，连俺亲娘看病都不能刷，是这样不？').items[0]).toMatchObject({ entry: 'family-mutual-aid', verdict: 'misleading' });
    // A relative named clauses before, then a pronoun: 给她买药 and 用他的个人账户付 are family aid; 用他的医保卡 (the card) is not.
    expect(answer('俺娘身体不得劲，老往医院跑，俺寻思用俺的职工医保个人账户给她买药，中不中？').items[0]).toMatchObject({ entry: 'family-mutual-aid', verdict: 'accurate' });
    expect(answer('我老公有职工医保，我是交的居民医保，我看病可以用他的个人账户付吗').items[0]).toMatchObject({ entry: 'family-mutual-aid', verdict: 'accurate' });
    expect(answer('我爸住院了，能用他的医保卡给我买药吗').items[0]?.entry).not.toBe('family-mutual-aid');
    // Leaving the country is the condition some places pay out on; leaving the job beside it releases nothing by itself.
    expect(answer('外籍员工离职回国，医保个人账户余额能退吗').items[0]).toMatchObject({ entry: 'emigration-payout', verdict: 'region-dependent' });
    expect(answer('离职了，医保个人账户余额能退吗').items[0]).toMatchObject({ entry: 'suspension-withdrawal', verdict: 'misleading' });
    // The medical wallet is medical insurance, whatever wallet it is asked to reach.
    expect(answer('医保钱包收到的钱可以转进微信零钱吗').notice).toBeNull();
    // A penalty made the end of it (退回去就完事了) is the penalties denied; a rhetorical 难道…算违法吗 denies the crime.
    expect(answer('骗保被查到的话，是不是把钱退回去就完事了，不会罚款？').items[0]).toMatchObject({ entry: 'fraud-penalties', verdict: 'misleading' });
    expect(answer('套现几百块钱而已，难道这也算违法吗？').items[0]).toMatchObject({ entry: 'criminal-liability', verdict: 'misleading' });
    expect(answer('医保套现算违法吗').items[0]?.verdict).toBe('accurate');
    // Borrowing a brother's card is lending, not family aid; cash out of the medical wallet is cash-out.
    expect(answer('我没有医保，能不能借我哥的医保卡去医院做个检查？').items[0]).toMatchObject({ entry: 'card-lending', verdict: 'illegal' });
    expect(answer('我用医保钱包给我妈转了两千块，她问能不能从医保钱包里把这笔钱提成现金存起来？').items[0]?.verdict).toBe('misleading');
    // 得不得行 asks (its 不得 forbids nothing); whether a penalty follows (会不会影响报销) is asked of the penalty.
    expect(answer('在药店虚开单子把医保卡的钱套出来，得不得行').items[0]).toMatchObject({ verdict: 'illegal', question: true });
    expect(answer('用医保卡套现会不会影响以后看病报销').items[0]?.reply?.zh).toMatch(/^会。/);
    // Parents paid for from my card's balance is family aid, not lending; 支付配偶、父母、子女的… is the family rule too.
    expect(answer('爸妈看病能用我的医保卡余额吗').items[0]).toMatchObject({ entry: 'family-mutual-aid', verdict: 'accurate' });
    expect(answer('2021年起，职工医保个人账户可以用于支付配偶、父母、子女的医疗费用').items[0]?.verdict).toBe('accurate');
    // Drugs one has left over, sold: the route, whatever 吃不完 holds.
    expect(answer('医保开的药吃不完可以卖掉吗').items[0]).toMatchObject({ entry: 'drug-resale', verdict: 'illegal' });
    // The medical wallet's money never reaches a bank card.
    expect(answer('医保钱包里的钱能提到银行卡里吗').items[0]).toMatchObject({ entry: 'transfer-to-bank', verdict: 'misleading' });
  });

  it('judges a question that denies as the negative statement it asks about, as its reply does', () => {
    // The reply agrees with 不能取现 (对。): the badge beside it must not call that statement misleading.
    expect(answer('医保卡不能取现吗').items[0]).toMatchObject({ verdict: 'accurate', reply: { zh: expect.stringMatching(/^对。/) } });
    expect(answer('居民医保是不是没有个人账户啊？').items[0]).toMatchObject({ verdict: 'accurate', reply: { zh: expect.stringMatching(/^对。/) } });
    expect(answer('医保卡的钱不能给家人用吗').items[0]).toMatchObject({ verdict: 'misleading', reply: { zh: expect.stringMatching(/^不对，可以/) } });
    // 能不能 and 是不是 deny nothing: the affirmative is asked.
    expect(answer('医保卡的钱能不能取出来').items[0]?.verdict).toBe('misleading');
  });

  it('answers what becomes of the balance on death by the inheritance rule, with no yes or no', () => {
    for (const q of ['人死了医保卡里的钱怎么办', '老人去世后医保卡里的钱归谁']) {
      const [item] = answer(q).items;
      expect(item).toMatchObject({ entry: 'death-inheritance', verdict: 'accurate', question: true });
      expect(item?.reply?.zh).toBe('个人账户余额可以依法继承。');
    }
  });

  it('answers a question asked in the negative by agreeing or not with it, as a Chinese reader does', () => {
    const lead = (q: string) => answer(q).items[0]?.reply?.zh.split('。')[0];
    // "Can't it?" — "Right (it can't)."
    expect(lead('医保卡没法取现吗')).toBe('对');
    expect(lead('医保卡余额不会清零吧')).toBe('对');
    expect(lead('医保卡不能借给别人用吗')).toBe('对，这是违法的');
    // "Can't it?" — "Wrong: it can."
    expect(lead('医保卡的钱不能给家人用吗')).toBe('不对，可以');
    // 是不是 asks; its 不 denies nothing.
    expect(lead('医保卡的钱是不是取不出来')).toBe('是的');
    expect(lead('医保卡是不是可以取现')).toBe('不能');
  });

  it('gives a pasted paragraph one item per claim, in order', () => {
    const a = answer('医保卡里的钱可以在ATM取现。医保个人账户可以给父母看病用。到药店刷医保卡换现金，安全无风险。');
    expect(a.items.map((i) => i.verdict)).toEqual(['misleading', 'accurate', 'illegal']);
    expect(a.items.every((i) => !i.question)).toBe(true);
  });

  it('judges a pasted page’s statements, not the questions it asks its readers', () => {
    // An FAQ's question and a heading asked of the reader are no claims beside the statements that answer them.
    const faq = answer('问：医保个人账户的钱能不能取出来？答：个人账户的钱不能提取现金，只能用于看病买药。');
    expect(faq.items.map((i) => [i.verdict, i.question])).toEqual([['accurate', false]]);
    // A rhetorical question asserts; hearsay asked about in a clause of its own is a statement on a page.
    const ad = answer('谁说医保卡里的钱取不出来？找熟悉的药店刷卡，按八折退现金。');
    expect(ad.items[0]).toMatchObject({ verdict: 'misleading', question: false });
    const chat = answer('我给爸妈交了居民医保，用的是我的个人账户。听说有的城市惠民保也能用个人账户买，你们谁知道？');
    expect(chat.items.map((i) => i.verdict)).toEqual(['accurate', 'region-dependent']);
    // Advice to ask someone else (先问问医院能不能…) is told, not asked.
    expect(answer('你要是想做体检，先问问医院能不能用个人账户付，各地规定不一样。').items[0]).toMatchObject({ verdict: 'region-dependent', question: false });
    // A claim called nonsense or refused after it (这个是瞎说的, 不予办理) is denied.
    expect(answer('有人说退休后能把医保余额转到养老金账户里，这个是瞎说的。').items[0]?.verdict).toBe('accurate');
    expect(answer('因急需用钱申请提取个人账户现金的，不予办理。').items[0]?.verdict).toBe('accurate');
    // 无论如何 asks nothing; 不进个人账户 denies; a rumour's 收归国家 is the balance said to be taken; 这是误解 denies.
    expect(answer('而统筹基金部分无论如何都不会退。').items[0]).toMatchObject({ verdict: 'accurate', question: false });
    expect(answer('现在单位交的医保钱都不进个人账户了，所以每月到账变少。').items[0]?.verdict).toBe('accurate');
    expect(answer('明年起卡里的医保余额统统收归国家，大家赶紧去药店把钱刷完。').items[0]?.verdict).toBe('misleading');
    expect(answer('有人说拿社保卡到提款机就能把医保余额取出来，这是误解。').items[0]?.verdict).toBe('accurate');
    // A passbook's bank is the passbook practice, local; an ad's heading joins the offer it heads.
    expect(answer('我爸说以前他们单位的医保钱是打到一个存折上的，可以去银行取。').items[0]?.verdict).toBe('region-dependent');
    expect(answer('【高价回收医保卡余额】本人长期收购职工医保卡余额，八五折现结。').items[0]).toMatchObject({ verdict: 'illegal', entry: 'sell-balance' });
    // 医保 written out is medical insurance, though 养老金 stands beside it.
    expect(answer('退休后医保关系转不回老家的，有的城市允许一次性支取个人账户余额，和养老金无关。').notice).toBeNull();
  });

  it('reads a pasted ad in the seller’s voice from its first offer: its reassurances deny the penalties', () => {
    const ad = answer('来我们店刷医保卡，可以换成现金，按九折算。放心，医保局查不到，不影响报销。');
    expect(ad.items.map((i) => i.verdict)).toEqual(['illegal', 'misleading']);
    expect(ad.items[1]?.entry).toBe('fraud-penalties');
    // Rumours quoted one after another and refuted together (“…”“…”等说法不实) are denied.
    expect(answer('网上流传的“医保卡余额可在ATM取现”“退休后医保余额一次性取出”等说法不实。').items[0]?.verdict).toBe('accurate');
    // A report of the same offer is no offer.
    expect(answer('记者暗访发现，有药店称“刷医保卡可以换成现金，按九折算”，医保局表示将严查。').items.every((i) => i.verdict !== 'illegal')).toBe(true);
  });

  it('says plainly when the text is about other money, or in English, or was cut', () => {
    // 个人账户 and 余额 name any account's money: beside a pension or 公积金 they name no medical insurance.
    // So is commercial insurance named alone; a city's 惠民保, bought with the account, is not.
    for (const q of ['信用卡可以在ATM取现吗', '公积金怎么提取', '微信零钱怎么提现', '养老金可以一次性领取吗', '养老保险个人账户的钱能取出来吗', '住房公积金账户余额可以提取吗', '商业保险退保能退多少钱', '余额宝的钱怎么转出来', '基金里的钱怎么取出来', '公积金账户里的钱可以给父母看病用吗', '公积金怎么提取出来', '养老金可以一次性领取吗', '信用卡套现会被封卡吗', '微信零钱提现到银行卡怎么不收手续费', '支付宝余额提现要手续费吗', '工资卡被冻结了怎么办', '重疾险退保能退多少钱', '离职后养老保险个人账户的钱能取出来吗', '失业金怎么领', '个税汇算退税多久到账', '公积金咋提取', '退休了养老金能去银行取现金吗', '信用卡套现会被银行查到不', '微信零钱提现到银行卡咋不收手续费', '工资卡被冻结了咋整', '买的商业意外险退保能退多少钱', '养老保险个人账户出国定居能一次性领吗', '失业金领完了还能再申请吗', '我同事说离职满半年就能把住房公积金全部提出来，真的假的？', '我爸今年刚退休，养老金每个月按时发，能不能一次性把以后几年的养老金提前领出来？', '信用卡套现被银行发现会怎样？', '微信零钱提现到银行卡要收手续费吗', '我买了五年的商业重疾险，现在想退保，能退回多少现金价值？', '我离职后不打算再交社保了，养老保险个人账户里的钱能一次性取出来吗？', '失业金能一次性领完吗', '年终奖单独计税还是并入综合所得交个税更划算？', '公积金离职后能全部取出来吗', '养老金今年什么时候调整', '信用卡怎么套现不容易被发现', '微信零钱提现怎么免手续费', '支付宝余额怎么转到银行卡', '工资卡被冻结了该怎么解冻', '商业重疾险理赔需要准备什么材料', '养老保险断缴几年还能补交吗', '失业金每个月能领多少钱', '住房公积金可以用来付首付吗', '公积金咋提取出来？俺想买房首付还差点。', '今年退休的养老金每个月能涨多少？', '信用卡套现被银行查到咋办，会不会被封卡？', '微信零钱提现到银行卡要手续费不？', '工资卡里的钱在ATM上一天最多能取多少？', '商业保险的重疾险理赔一般要多长时间才能到账？', '个人所得税汇算清缴的退税啥时候能到账？', '社保里养老保险个人账户的钱，人去世了家属能继承吗？', '離職後住房公積金可以全部領出來嗎？', '支付宝花呗逾期不还会不会坐牢？', '辞职了，住房公积金可以全部取出来吗？', '我在深圳交的公积金，回老家买房能用吗', '养老金每个月打到哪张卡上？能直接去ATM取吗', '信用卡用POS机套现属于违法行为，会被银行封卡。', '微信零钱提现到银行卡要收手续费吗', '工资卡被冻结了，里面的钱还能取吗', '买了五年的重疾险，现在退保能退多少钱', '失业金怎么领？一个月能领多少', '个人养老金账户里的钱什么时候能取出来', '花呗额度可以提现吗', '公积金能用来交房租吗', '余额宝的钱转到银行卡要多久到账']) {
      expect(answer(q), q).toEqual({ notice: 'off-topic', items: [] });
    }
    expect(answer('医保个人账户的钱能取出来吗').notice).toBeNull();
    expect(answer('能买惠民保吗').notice).toBeNull();
    expect(answer('统筹基金里的钱能取出来吗').items[0]?.verdict).toBe('misleading');
    expect(answer('个人账户能买商业保险吗').items[0]?.verdict).toBe('region-dependent');
    expect(answer('can I withdraw cash from my medical card')).toEqual({ notice: 'english', items: [] });
    const long = answer('医保卡可以取现。'.repeat(Math.ceil(MAX_QUERY_LENGTH / 8) + 5));
    expect(long.notice).toBe('truncated');
    expect(long.items.length).toBeGreaterThan(0);
    expect(answer('   ')).toEqual({ notice: null, items: [] });
  });

  it('rejects what is not a string', () => {
    expect(() => answer(42 as unknown as string)).toThrow(TypeError);
  });
});
