// Every interface string of the extension, in both languages: the one source. The build writes
// the browser's i18n catalogues (public/_locales) from it, for the manifest and the browser's
// own menus; the extension's pages and the in-page card read it directly, so a language chosen
// in the options applies at once.
export const STRINGS = {
  extName: { zh: '医保核查', en: 'Yibao Check' },
  extDescription: {
    zh: '核查网页上关于医保卡取现的说法：标出准确、因地而异、误导和违法的内容，并给出官方依据。全部在本地完成。',
    en: 'Fact-checks Chinese web pages about cashing out medical-insurance cards, marking accurate, region-dependent, misleading and illegal claims with official sources. Runs entirely on your device.',
  },
  contextMenuCheck: { zh: '核查所选文字', en: 'Check the selected text' },
  commandNextClaim: { zh: '跳到下一条说法', en: 'Go to the next claim' },
  badgeTitle: { zh: '医保核查：本页有 {n} 条误导或违法说法', en: 'Yibao Check: {n} misleading or illegal claims on this page' },
  badgeTitleOne: { zh: '医保核查：本页有 1 条误导或违法说法', en: 'Yibao Check: 1 misleading or illegal claim on this page' },
  badgeTitleNone: { zh: '医保核查：本页没有误导或违法说法', en: 'Yibao Check: no misleading or illegal claims on this page' },
  cardDetails: { zh: '详情', en: 'Details' },
  cardClose: { zh: '关闭', en: 'Close' },

  verdict_accurate: { zh: '准确', en: 'Accurate' },
  verdict_region_dependent: { zh: '因地而异', en: 'Region-dependent' },
  verdict_misleading: { zh: '误导', en: 'Misleading' },
  verdict_illegal: { zh: '违法', en: 'Illegal' },

  panelTitle: { zh: '本页说法', en: 'Claims on this page' },
  panelAll: { zh: '全部', en: 'All' },
  panelFilter: { zh: '按结论筛选', en: 'Filter by verdict' },
  panelFilterEmpty: { zh: '本页没有这一类说法。', en: 'No claims on this page have this verdict.' },
  panelClaims: { zh: '说法列表', en: 'Claims' },
  panelClaimNumber: { zh: '第 {n} 条', en: 'Claim {n}' },
  panelEmpty: { zh: '本页没有发现关于医保取现的说法。', en: 'No claims about cashing out medical insurance were found on this page.' },
  panelPending: { zh: '正在核查本页…', en: 'Checking this page…' },
  panelUnsupported: {
    zh: '这个页面无法核查（只支持 http 和 https 网页）。',
    en: 'This page cannot be checked (only http and https pages are).',
  },
  panelOff: { zh: '本网站的标注已关闭。', en: 'Annotation is turned off for this site.' },
  panelOffEverywhere: { zh: '网页标注已全部关闭。', en: 'Annotation is turned off everywhere.' },
  panelTurnOn: { zh: '在本网站开启', en: 'Turn on for this site' },
  panelShowInPage: { zh: '在页面中显示', en: 'Show in page' },
  panelSources: { zh: '依据', en: 'Sources' },
  panelRegionNote: { zh: '你所在的地区：', en: 'Your region:' },
  panelRegionUnknown: {
    zh: '你所在地区的具体规定请咨询当地医保局，或拨打全国医保服务热线12393。',
    en: 'For the rule where you live, ask the local medical-insurance bureau or call the national hotline 12393.',
  },
  panelRegionUnset: {
    zh: '各地规定不同：请咨询当地医保局，或拨打全国医保服务热线12393。在设置中填写所在地区，可看到当地的规定。',
    en: 'Rules differ from place to place: ask the local medical-insurance bureau or call the national hotline 12393. Set your region in the settings to see local rules.',
  },
  panelSelection: { zh: '所选文字的核查结果', en: 'Result for the selected text' },
  panelExport: { zh: '导出本页结论（ClaimReview JSON-LD）', en: 'Export the verdicts (ClaimReview JSON-LD)' },
  datasetReviewed: { zh: '数据核对于 {date}', en: 'Data reviewed {date}' },

  shareButton: { zh: '复制分享', en: 'Copy to share' },
  shareCopied: { zh: '已复制', en: 'Copied' },
  shareFailed: { zh: '无法复制', en: 'Could not copy' },
  shareVerdict: { zh: '结论：', en: 'Verdict: ' },
  shareWhy: { zh: '说明：', en: 'Why: ' },
  shareSources: { zh: '依据：', en: 'Sources:' },
  sharePage: { zh: '网页：', en: 'Page: ' },
  shareBy: { zh: '——医保核查', en: '— Yibao Check (医保核查)' },

  popupSearchLabel: { zh: '输入或粘贴一个说法或问题', en: 'Type or paste a claim or a question' },
  popupSearchPlaceholder: { zh: '例如：医保卡里的钱可以去ATM取现吗', en: 'e.g. 医保卡里的钱可以去ATM取现吗' },
  popupSearchHint: {
    zh: '在本机对照内置的政策数据核查，不会联网。',
    en: 'Checked on this device against the built-in policy data; nothing goes online.',
  },
  popupNoResult: {
    zh: '没有找到相关的政策条目，可咨询当地医保局或拨打12393。',
    en: 'No matching policy entry. Ask the local medical-insurance bureau or call 12393.',
  },
  popupResults: { zh: '核查结果', en: 'Results' },
  popupAsStated: { zh: '这种说法：', en: 'As stated:' },
  popupThisPage: { zh: '本页', en: 'This page' },
  popupNoClaims: { zh: '本页没有发现相关说法。', en: 'No claims found on this page.' },
  popupOpenPanel: { zh: '打开侧边栏', en: 'Open side panel' },
  popupSiteSwitch: { zh: '在本网站标注', en: 'Annotate this site' },
  popupOptions: { zh: '设置', en: 'Settings' },

  optionsTitle: { zh: '医保核查设置', en: 'Yibao Check settings' },
  optionsRegion: { zh: '所在地区', en: 'Your region' },
  optionsRegionHelp: {
    zh: '用于显示因地而异的说法在当地的规定。只保存在本机。',
    en: 'Used to show the local rule for region-dependent claims. Kept on this device only.',
  },
  optionsProvince: { zh: '省份', en: 'Province' },
  optionsCity: { zh: '城市（可不填）', en: 'City (optional)' },
  optionsNoProvince: { zh: '未设置', en: 'Not set' },
  optionsAnnotation: { zh: '网页标注', en: 'Page annotation' },
  optionsEnabled: { zh: '在网页上自动标注', en: 'Annotate pages automatically' },
  optionsDisabledSites: { zh: '已关闭标注的网站', en: 'Sites with annotation turned off' },
  optionsNoDisabledSites: { zh: '没有', en: 'None' },
  optionsRemove: { zh: '移除', en: 'Remove' },
  optionsLanguage: { zh: '界面语言', en: 'Interface language' },
  optionsLanguageAuto: { zh: '跟随浏览器', en: 'Same as the browser' },
  optionsSaved: { zh: '已保存', en: 'Saved' },
  optionsPrivacy: {
    zh: '所有核查都在本机完成，网页内容不会被发送到任何地方。',
    en: 'All checking happens on this device; page text is never sent anywhere.',
  },
} satisfies Record<string, { zh: string; en: string }>;

export type StringKey = keyof typeof STRINGS;
