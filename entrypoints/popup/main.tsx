import { render } from 'preact';
import '../../lib/ui/styles.css';
import { PopupApp } from '../../lib/ui/apps/popup-app';
import { intParam } from '../../lib/ui/helpers/url-params';

render(<PopupApp fixedTab={intParam(location.search, 'tabId')} />, document.getElementById('app')!);
