import { useEffect, useState } from 'preact/hooks';
import type { SmmDeckDatabase } from '../../utils/platform/db';
import { sidePanelToolItem, type Tool } from '../../utils/platform/tools';
import { CompetitorsView } from './CompetitorsView';
import { IdeasView } from '../ideas/IdeasView';
import { PlanAgenda } from '../plan/PlanAgenda';
import { RepliesView } from '../replies/RepliesView';
import { ContestView } from '../contest/ContestView';
import { StorageNotice } from '../shared/StorageNotice';
import { ToolNav } from '../shared/ToolNav';

export function SidePanelApp({ db }: { db: SmmDeckDatabase }) {
  const [tool, setTool] = useState<Tool>('competitors');
  useEffect(() => {
    void sidePanelToolItem.getValue().then(setTool);
    return sidePanelToolItem.watch((next) => setTool(next));
  }, []);
  const select = (next: Tool) => {
    setTool(next);
    void sidePanelToolItem.setValue(next);
  };
  return (
    <div class="app app--side-panel">
      <StorageNotice />
      <ToolNav active={tool} onSelect={select} />
      <main class="tool" data-tool={tool}>
        {tool === 'competitors' && <CompetitorsView db={db} />}
        {tool === 'ideas' && <IdeasView db={db} />}
        {tool === 'plan' && <PlanAgenda db={db} />}
        {tool === 'replies' && <RepliesView db={db} />}
        {tool === 'contest' && <ContestView db={db} />}
      </main>
    </div>
  );
}
