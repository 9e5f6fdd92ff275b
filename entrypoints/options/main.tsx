import { render } from 'preact';
import '../../lib/ui/styles.css';
import { OptionsApp } from '../../lib/ui/apps/options-app';

render(<OptionsApp />, document.getElementById('app')!);
