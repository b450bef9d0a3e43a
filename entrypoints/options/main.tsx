import { render } from 'preact';
import { SettingsApp } from '../../components/SettingsApp';
import { uiLanguage } from '../../utils/i18n';
import '../../components/styles.css';

document.documentElement.lang = uiLanguage();
render(<SettingsApp />, document.getElementById('app')!);
