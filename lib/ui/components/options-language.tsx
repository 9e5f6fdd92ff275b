import type { Language } from '../../settings';
import { useT } from '../helpers/i18n';

interface Props {
  language: Language;
  /** Stores the choice and confirms it. */
  commit: (patch: { language: Language }) => void;
}

/** The interface language: the browser's, Chinese or English. */
export function LanguageFieldset({ language, commit }: Props) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('optionsLanguage')}</legend>
      <div class="field">
        <label for="language" class="visually-hidden">
          {t('optionsLanguage')}
        </label>
        <select id="language" value={language} onChange={(e) => commit({ language: e.currentTarget.value as Language })}>
          <option value="auto">{t('optionsLanguageAuto')}</option>
          <option value="zh_CN" lang="zh-CN">
            中文
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </div>
    </fieldset>
  );
}
