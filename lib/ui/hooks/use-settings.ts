import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, onSettingsChanged, type Settings } from '../../settings';

/** The current settings, following changes made anywhere in the extension. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    loadSettings().then((s) => live && setSettings(s), () => {});
    const off = onSettingsChanged(setSettings);
    return () => {
      live = false;
      off();
    };
  }, []);
  return settings;
}
