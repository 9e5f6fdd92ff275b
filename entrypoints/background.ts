// Background: thin; the parts live in lib/background/.
import { startBackground } from '../lib/background/main';

export default defineBackground(() => {
  startBackground();
});
