import { render } from 'preact';
import { PlannerApp } from '../../components/PlannerApp';
import { database } from '../../utils/db';
import { uiLanguage } from '../../utils/i18n';
import '../../components/styles.css';

document.documentElement.lang = uiLanguage();
render(<PlannerApp db={database()} />, document.getElementById('app')!);
