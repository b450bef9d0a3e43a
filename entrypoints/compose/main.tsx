import { render } from 'preact';
import { ComposeHandoff } from '../../components/plan/ComposeHandoff';
import { database } from '../../utils/platform/db';
import { uiLanguage } from '../../utils/platform/i18n';
import { NETWORKS } from '../../utils/networks/names';
import type { Network } from '../../utils/networks/types';
import '../../components/shared/styles.css';

const params = new URLSearchParams(location.search);
const network = params.get('network');
document.documentElement.lang = uiLanguage();
render(
  <ComposeHandoff db={database()} itemId={Number(params.get('item'))}
    network={(NETWORKS as readonly string[]).includes(network ?? '') ? (network as Network) : undefined} />,
  document.getElementById('app')!,
);
