import { render } from 'preact';
import { PlannerApp } from '../../components/plan/PlannerApp';
import { database } from '../../utils/platform/db';
import { uiLanguage } from '../../utils/platform/i18n';
import '../../components/shared/styles.css';

document.documentElement.lang = uiLanguage();
render(<PlannerApp db={database()} />, document.getElementById('app')!);
