import { render } from 'preact';
import { SettingsApp } from '../../components/settings/SettingsApp';
import { database } from '../../utils/platform/db';
import { uiLanguage } from '../../utils/platform/i18n';
import '../../components/shared/styles.css';

document.documentElement.lang = uiLanguage();
render(<SettingsApp db={database()} />, document.getElementById('app')!);
