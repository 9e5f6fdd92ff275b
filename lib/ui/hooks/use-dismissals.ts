import { useEffect, useState } from 'preact/hooks';
import { loadDismissals, onDismissalsChanged, type Dismissals } from '../../dismissals';

/** Every page's dismissed claims, following changes made anywhere in the extension. */
export function useDismissals(): Dismissals {
  const [all, setAll] = useState<Dismissals>({});
  useEffect(() => {
    let live = true;
    loadDismissals().then(
      (d) => live && setAll(d),
      () => {},
    );
    const off = onDismissalsChanged((d) => live && setAll(d));
    return () => {
      live = false;
      off();
    };
  }, []);
  return all;
}
