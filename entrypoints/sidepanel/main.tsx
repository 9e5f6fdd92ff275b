import { render } from 'preact';
import '../../lib/ui/styles.css';
import { SidePanelApp } from '../../lib/ui/apps/side-panel-app';
import { intParam } from '../../lib/ui/helpers/url-params';

render(
  <SidePanelApp fixedTab={intParam(location.search, 'tabId')} initialClaim={intParam(location.search, 'claim')} />,
  document.getElementById('app')!,
);
