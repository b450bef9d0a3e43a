import { t, type MessageKey } from '../utils/i18n';

/** The placeholder of a tool whose issue has not landed yet: says what will be there. */
export function ToolIntro({ message }: { message: MessageKey }) {
  return <p class="empty-state">{t(message)}</p>;
}
