import { render } from 'preact';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { database } from '../../utils/platform/db';
import { uiLanguage } from '../../utils/platform/i18n';
import '../../components/shared/styles.css';

document.documentElement.lang = uiLanguage();
render(<SidePanelApp db={database()} />, document.getElementById('app')!);
