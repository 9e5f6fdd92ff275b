import { useT } from '../helpers/i18n';

interface Props {
  /** The reader has hidden the page's marks. */
  hidden: boolean;
  /** Omitted while the page has no marks to hide (not checked, off, or not a web page). */
  onToggle?: () => void;
}

/** Hides the page's marks and card, or brings them back; the side panel keeps its list either way. */
export function MarksToggle({ hidden, onToggle }: Props) {
  const t = useT();
  return (
    <button type="button" data-action="toggle-marks" disabled={!onToggle} onClick={onToggle}>
      {t(hidden ? 'popupShowMarks' : 'popupHideMarks')}
    </button>
  );
}
