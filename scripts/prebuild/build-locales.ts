// Writes the browser's i18n catalogues (public/_locales) from the one string table, so the
// manifest's __MSG_…__ names and the pages always say the same thing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STRINGS } from '../../lib/i18n/strings';

const LOCALES = { zh_CN: 'zh', en: 'en' } as const;

export function writeLocales(publicDir: string): void {
  for (const [locale, lang] of Object.entries(LOCALES)) {
    const messages: Record<string, { message: string }> = {};
    for (const [key, text] of Object.entries(STRINGS)) messages[key] = { message: text[lang] };
    const dir = join(publicDir, '_locales', locale);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
  }
}
