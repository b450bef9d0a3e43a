import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import { database } from '../../utils/db';
import { uiLanguage } from '../../utils/i18n';
import '../../components/styles.css';

document.documentElement.lang = uiLanguage();
render(<SidePanelApp db={database()} />, document.getElementById('app')!);
