import { render } from 'preact';
import '../../lib/ui/styles.css';
import { PopupApp } from '../../lib/ui/popup-app';

document.body.style.width = '380px';
render(<PopupApp />, document.getElementById('app')!);
