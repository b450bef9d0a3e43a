import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { storageProblemItem, type StorageProblem } from '../../utils/platform/storage-notice';

/** Says so while the browser refuses SMM Deck's writes for lack of space; nothing is dropped meanwhile. */
export function StorageNotice() {
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  useEffect(() => {
    void storageProblemItem.getValue().then(setProblem);
    return storageProblemItem.watch(setProblem);
  }, []);
  if (!problem) return null;
  return (
    <p class="notice notice--error" role="alert" data-storage-problem>
      {t('storageFull')}
    </p>
  );
}
