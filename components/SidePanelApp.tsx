import { useEffect, useState } from 'preact/hooks';
import type { SmmDeckDatabase } from '../utils/db';
import { sidePanelToolItem, type Tool } from '../utils/tools';
import { CompetitorsView } from './CompetitorsView';
import { ToolIntro } from './ToolIntro';
import { StorageNotice } from './StorageNotice';
import { ToolNav } from './ToolNav';

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
        {tool === 'ideas' && <ToolIntro message="ideasIntro" />}
        {tool === 'plan' && <ToolIntro message="planIntro" />}
        {tool === 'replies' && <ToolIntro message="repliesIntro" />}
        {tool === 'contest' && <ToolIntro message="contestIntro" />}
      </main>
    </div>
  );
}
