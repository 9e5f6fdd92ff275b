import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings } from '../../settings';

/**
 * The current settings, following changes made anywhere in the extension.
 * @return null until storage has answered, so a page does not flash the defaults
 */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    loadSettings().then(
      (s) => live && setSettings(s),
      () => live && setSettings(DEFAULT_SETTINGS),
    );
    const off = onSettingsChanged((s) => live && setSettings(s));
    return () => {
      live = false;
      off();
    };
  }, []);
  return settings;
}
