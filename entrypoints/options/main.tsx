import { render } from 'preact';
import '../../lib/ui/styles.css';
import { OptionsApp } from '../../lib/ui/options-app';

render(<OptionsApp />, document.getElementById('app')!);
