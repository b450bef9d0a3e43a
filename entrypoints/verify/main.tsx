import { render } from 'preact';
import { ContestVerifyApp } from '../../components/contest/ContestVerifyApp';
import { t, uiLanguage } from '../../utils/platform/i18n';
import '../../components/shared/styles.css';

document.documentElement.lang = uiLanguage();
document.title = t('contestVerifyTitle');
render(<ContestVerifyApp />, document.getElementById('app')!);
