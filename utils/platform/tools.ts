import { storage } from 'wxt/utils/storage';
import type { MessageKey } from './i18n';

/** The tools of the popup and side panel, in the order the navigation shows them. */
export const TOOLS = ['competitors', 'ideas', 'plan', 'replies', 'contest'] as const;
export type Tool = (typeof TOOLS)[number];

export const TOOL_LABELS: Record<Tool, MessageKey> = {
  competitors: 'toolCompetitors',
  ideas: 'toolIdeas',
  plan: 'toolPlan',
  replies: 'toolReplies',
  contest: 'toolContest',
};

/** The side panel's open tool; the popup sets it before opening the panel. */
export const sidePanelToolItem = storage.defineItem<Tool>('local:sidePanelTool', { fallback: 'competitors' });
