import { render } from 'preact';
import { ContestVerifyApp } from '../../components/ContestVerifyApp';
import { t, uiLanguage } from '../../utils/i18n';
import '../../components/styles.css';

document.documentElement.lang = uiLanguage();
document.title = t('contestVerifyTitle');
render(<ContestVerifyApp />, document.getElementById('app')!);
