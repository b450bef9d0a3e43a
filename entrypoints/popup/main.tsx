import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { database } from '../../utils/platform/db';
import { uiLanguage } from '../../utils/platform/i18n';
import '../../components/shared/styles.css';

document.documentElement.lang = uiLanguage();
render(<PopupApp db={database()} />, document.getElementById('app')!);
