import { render } from 'preact';
import { DashboardApp } from '../../components/dashboard/DashboardApp';
import { dayKeyOf } from '../../utils/dashboard/time';
import { database } from '../../utils/platform/db';
import { t, uiLanguage } from '../../utils/platform/i18n';
import '../../components/shared/styles.css';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
document.documentElement.lang = uiLanguage();
document.title = t('dashTitle');
render(<DashboardApp db={database()} timeZone={timeZone} today={dayKeyOf(Date.now(), timeZone)} />, document.getElementById('app')!);
