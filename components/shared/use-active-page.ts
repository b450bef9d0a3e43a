import { useEffect, useState } from 'preact/hooks';
import { watchActivePage, type ActivePage } from '../../utils/platform/active-page';

/** The page in this window's active tab, as its content script reported it; undefined for none. */
export function useActivePage(): ActivePage | undefined {
  const [page, setPage] = useState<ActivePage | undefined>(undefined);
  useEffect(() => watchActivePage(setPage), []);
  return page;
}
