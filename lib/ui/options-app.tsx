import { useEffect, useState } from 'preact/hooks';
import { resolveLang, t } from '../i18n';
import { saveSettings, type Language, type Settings } from '../settings';
import { useSettings } from './hooks/use-settings';

/** Mainland China's 31 provincial-level divisions. */
export const PROVINCES = [
  '北京市', '天津市', '河北省', '山西省', '内蒙古自治区', '辽宁省', '吉林省', '黑龙江省', '上海市', '江苏省', '浙江省', '安徽省',
  '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '广西壮族自治区', '海南省', '重庆市', '四川省', '贵州省',
  '云南省', '西藏自治区', '陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区',
];

interface ViewProps {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<unknown>;
}

/** The options form: every change is saved at once and applies everywhere. */
export function OptionsView({ settings, save }: ViewProps) {
  const lang = resolveLang(settings.language);
  const [saved, setSaved] = useState(false);
  const [city, setCity] = useState(settings.region?.city ?? '');
  useEffect(() => setCity(settings.region?.city ?? ''), [settings.region?.city]);
  const commit = (patch: Partial<Settings>): void => {
    void save(patch).then(() => {
      setSaved(true);
      setTimeout(() => setSaved(false), 1500);
    });
  };
  return (
    <main>
      <h1>{t(lang, 'optionsTitle')}</h1>
      <fieldset>
        <legend>{t(lang, 'optionsRegion')}</legend>
        <div class="field">
          <label for="province">{t(lang, 'optionsProvince')}</label>
          <select
            id="province"
            value={settings.region?.province ?? ''}
            onChange={(e) => {
              const province = (e.target as HTMLSelectElement).value;
              commit({ region: province ? { province, ...(city ? { city } : {}) } : null });
            }}
          >
            <option value="">{t(lang, 'optionsNoProvince')}</option>
            {PROVINCES.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="city">{t(lang, 'optionsCity')}</label>
          <input
            id="city"
            type="text"
            maxLength={40}
            value={city}
            disabled={!settings.region}
            onInput={(e) => setCity((e.target as HTMLInputElement).value)}
            onChange={() => settings.region && commit({ region: { province: settings.region.province, ...(city.trim() ? { city: city.trim() } : {}) } })}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'optionsEnabled')}</legend>
        <label class="switch">
          <input type="checkbox" role="switch" checked={settings.enabled} onChange={(e) => commit({ enabled: (e.target as HTMLInputElement).checked })} />
          {t(lang, 'optionsEnabled')}
        </label>
        <h2>{t(lang, 'optionsDisabledSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t(lang, 'optionsNoDisabledSites')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((h) => (
              <li key={h}>
                <span>{h}</span>
                <button type="button" onClick={() => commit({ disabledSites: settings.disabledSites.filter((x) => x !== h) })}>
                  {t(lang, 'optionsRemove')} <span class="muted">{h}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset>
        <legend>{t(lang, 'optionsLanguage')}</legend>
        <div class="field">
          <select aria-label={t(lang, 'optionsLanguage')} value={settings.language} onChange={(e) => commit({ language: (e.target as HTMLSelectElement).value as Language })}>
            <option value="auto">{t(lang, 'optionsLanguageAuto')}</option>
            <option value="zh_CN">中文</option>
            <option value="en">English</option>
          </select>
        </div>
      </fieldset>
      <p class="muted">{t(lang, 'optionsPrivacy')}</p>
      <p role="status" aria-live="polite">{saved ? t(lang, 'optionsSaved') : ''}</p>
    </main>
  );
}

export function OptionsApp() {
  const settings = useSettings();
  const lang = resolveLang(settings.language);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return <OptionsView settings={settings} save={saveSettings} />;
}
