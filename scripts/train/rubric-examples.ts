// Sentences whose verdict the labelling rubric itself fixes (its typical sentences and hard
// cases), read as typed text. Where cross-validation cannot tell two decisions apart, the one
// that judges these as the rubric does is taken; the engine's tests hold the bundled model to them.
import type { Verdict } from '../../lib/engine/types';

export const RUBRIC_EXAMPLES: readonly (readonly [text: string, verdict: Verdict])[] = [
  ['医保个人账户资金不能直接提取现金。', 'accurate'],
  ['医保套现属于违法行为，会被暂停结算、罚款。', 'accurate'],
  ['个人账户余额可以依法继承。', 'accurate'],
  ['居民医保没有个人账户。', 'accurate'],
  ['与药店合谋虚假购药属于违法行为。', 'accurate'],
  ['医保卡不能取现。', 'accurate'],
  ['个人账户可以购买商业健康保险。', 'region-dependent'],
  ['出国定居可一次性支取个人账户余额。', 'region-dependent'],
  ['深圳允许用医保个人账户买重疾险。', 'region-dependent'],
  ['部分地区允许提取个人账户余额。', 'region-dependent'],
  ['医保卡可以在ATM取现。', 'misleading'],
  ['医保卡里的钱可以在ATM取现，这是真的。', 'misleading'],
  ['停保后个人账户的钱可以取出来。', 'misleading'],
  ['退休后可以提取医保余额。', 'misleading'],
  ['医保卡余额可以支付健身房费用。', 'misleading'],
  ['医保卡余额可以用于体检、健身等非药品类消费。', 'misleading'],
  ['医保卡取现是医保体系的一项重要功能。', 'misleading'],
  ['医保卡可以取现。', 'misleading'],
  ['部分地区允许医保卡在ATM取现。', 'misleading'],
  ['谁说医保卡不能取现？', 'misleading'],
  ['收医保卡余额，八折回收，当天到账。', 'illegal'],
  ['到药店刷卡换现金。', 'illegal'],
  ['把医保卡借给亲戚开药。', 'illegal'],
  ['用POS机刷医保卡套现。', 'illegal'],
];
