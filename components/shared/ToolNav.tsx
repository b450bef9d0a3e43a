import { t } from '../../utils/platform/i18n';
import { TOOL_LABELS, TOOLS, type Tool } from '../../utils/platform/tools';

interface ToolNavProps {
  active?: Tool;
  onSelect: (tool: Tool) => void;
}

export function ToolNav({ active, onSelect }: ToolNavProps) {
  return (
    <nav class="tool-nav" aria-label={t('toolsNavLabel')}>
      {TOOLS.map((tool) => (
        <button
          type="button"
          key={tool}
          class="tool-nav__tab"
          aria-current={tool === active ? 'page' : undefined}
          data-tool={tool}
          onClick={() => onSelect(tool)}
        >
          {t(TOOL_LABELS[tool])}
        </button>
      ))}
    </nav>
  );
}
