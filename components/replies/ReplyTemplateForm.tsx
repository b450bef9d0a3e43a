import { useState } from 'preact/hooks';
import type { ReplyTemplateRow, SmmDeckDatabase } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { NETWORKS } from '../../utils/networks/names';
import type { Network } from '../../utils/networks/types';
import { replyTemplatesChangedItem } from '../../utils/replies/shortcuts';
import { TEMPLATE_VARIABLES } from '../../utils/replies/template';
import { saveTemplate, TemplateProblem } from '../../utils/replies/templates';

interface ReplyTemplateFormProps {
  db: SmmDeckDatabase;
  /** The template being edited; a new one when absent. */
  template?: ReplyTemplateRow;
  folders: string[];
  onDone: () => void;
}

export function ReplyTemplateForm({ db, template, folders, onDone }: ReplyTemplateFormProps) {
  const [title, setTitle] = useState(template?.title ?? '');
  const [text, setText] = useState(template?.text ?? '');
  const [folder, setFolder] = useState(template?.folder ?? '');
  const [shortcut, setShortcut] = useState(template?.shortcut ?? '');
  const [networks, setNetworks] = useState<Network[]>(template?.networks ?? []);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await saveTemplate(db, { title, text, folder, shortcut, networks }, template?.id, Date.now());
      await replyTemplatesChangedItem.setValue(Date.now());
      onDone();
    } catch (error) {
      setProblem(error instanceof TemplateProblem ? error.message : String(error));
    }
  };
  const toggle = (network: Network, on: boolean) =>
    setNetworks((current) => (on ? NETWORKS.filter((item) => item === network || current.includes(item)) : current.filter((item) => item !== network)));

  return (
    <form class="template-form" onSubmit={(event) => void submit(event)} data-template-form={template?.id ?? 'new'}>
      <label class="field">
        <span>{t('repliesTemplateTitle')}</span>
        <input name="title" value={title} onInput={(event) => setTitle(event.currentTarget.value)} required maxLength={200} />
      </label>
      <label class="field">
        <span>{t('repliesTemplateText')}</span>
        <textarea name="text" rows={5} value={text} onInput={(event) => setText(event.currentTarget.value)} required />
        <small class="muted">{t('repliesTemplateVariables', TEMPLATE_VARIABLES.map((name) => `{${name}}`).join(' '))}</small>
      </label>
      <div class="template-form__pair">
        <label class="field">
          <span>{t('repliesTemplateFolder')}</span>
          <input name="folder" list="reply-folders" value={folder} onInput={(event) => setFolder(event.currentTarget.value)} maxLength={100} />
          <datalist id="reply-folders">
            {folders.map((name) => <option key={name} value={name} />)}
          </datalist>
        </label>
        <label class="field">
          <span>{t('repliesTemplateShortcut')}</span>
          <input name="shortcut" placeholder=";thanks" value={shortcut} onInput={(event) => setShortcut(event.currentTarget.value)} maxLength={32} />
        </label>
      </div>
      <fieldset class="template-form__networks">
        <legend>{t('repliesTemplateNetworks')}</legend>
        {NETWORKS.map((network) => (
          <label key={network}>
            <input type="checkbox" name={`network-${network}`} checked={networks.includes(network)} onChange={(event) => toggle(network, event.currentTarget.checked)} />
            {network}
          </label>
        ))}
      </fieldset>
      {problem && <p class="form-problem" role="alert">{problem}</p>}
      <div class="reply-composer__row">
        <button type="submit" class="primary">{t('repliesTemplateSave')}</button>
        <button type="button" class="secondary" onClick={onDone}>{t('repliesCancel')}</button>
      </div>
    </form>
  );
}
