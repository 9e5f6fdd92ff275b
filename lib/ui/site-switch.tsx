import { useT } from './i18n';

interface Props {
  hostname: string;
  /** Annotation runs on this site. */
  on: boolean;
  /** Annotation is off everywhere: the per-site switch cannot turn it on. */
  offEverywhere: boolean;
  onChange: (on: boolean) => void;
}

/** The per-site annotation switch. */
export function SiteSwitch({ hostname, on, offEverywhere, onChange }: Props) {
  const t = useT();
  return (
    <div class="site-switch">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on && !offEverywhere}
          disabled={offEverywhere}
          aria-describedby={offEverywhere ? 'site-switch-note' : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span>
          {t('popupSiteSwitch')} <span class="hostname">{hostname}</span>
        </span>
      </label>
      {offEverywhere && (
        <p id="site-switch-note" class="hint">
          {t('panelOffEverywhere')}
        </p>
      )}
    </div>
  );
}
