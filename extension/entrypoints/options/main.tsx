import '../../ui/page.css';
import { render } from 'preact';
import { OptionsPage } from '../../ui/options-page.tsx';

render(<OptionsPage />, document.getElementById('app')!);
