import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { database } from '../../utils/db';
import { uiLanguage } from '../../utils/i18n';
import '../../components/styles.css';

document.documentElement.lang = uiLanguage();
render(<PopupApp db={database()} />, document.getElementById('app')!);
