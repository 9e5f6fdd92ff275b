import { render } from 'preact';
import '../../lib/ui/styles.css';
import { PopupApp } from '../../lib/ui/popup-app';
import { intParam } from '../../lib/ui/url-params';

render(<PopupApp fixedTab={intParam(location.search, 'tabId')} />, document.getElementById('app')!);
