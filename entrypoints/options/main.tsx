import { render } from 'preact';
import { SettingsApp } from '../../components/SettingsApp';
import { database } from '../../utils/db';
import { uiLanguage } from '../../utils/i18n';
import '../../components/styles.css';

document.documentElement.lang = uiLanguage();
render(<SettingsApp db={database()} />, document.getElementById('app')!);
