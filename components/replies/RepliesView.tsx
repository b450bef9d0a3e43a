import { useState } from 'preact/hooks';
import type { SmmDeckDatabase } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { PageComments } from './PageComments';
import { ReplyTemplatesManager } from './ReplyTemplatesManager';
import { useActivePage } from '../shared/use-active-page';
import { useSettings } from '../shared/use-settings';
import './Replies.css';

type Section = 'comments' | 'templates';

/** The side panel's Replies tool: the open post's comments, and the template library. */
export function RepliesView({ db }: { db: SmmDeckDatabase }) {
  const [section, setSection] = useState<Section>('comments');
  const page = useActivePage();
  const settings = useSettings();
  return (
    <div class="replies">
      <div class="replies__sections" role="tablist">
        {(['comments', 'templates'] as const).map((name) => (
          <button key={name} type="button" role="tab" class="chip" name={`section-${name}`} aria-selected={section === name} onClick={() => setSection(name)}>
            {t(name === 'comments' ? 'repliesComments' : 'repliesTemplates')}
          </button>
        ))}
      </div>
      {section === 'comments' ? <PageComments db={db} page={page} settings={settings} /> : <ReplyTemplatesManager db={db} />}
    </div>
  );
}
