// The keyboard commands of the manifest (wxt.config.ts) and what each asks of the active tab's
// content script.
import type { StepMessage, ToggleMarksMessage } from './messages';

/** The message command `command` sends the tab; null for a command that is not ours. */
export function commandMessage(command: string, tabId: number): StepMessage | ToggleMarksMessage | null {
  switch (command) {
    case 'next-claim':
      return { type: 'background/step', direction: 1 };
    case 'prev-claim':
      return { type: 'background/step', direction: -1 };
    case 'toggle-marks':
      return { type: 'reader/toggle-marks', tabId };
    default:
      return null;
  }
}
