/**
 * HTML5 drag and drop of plan items: a card puts its id on the drag, a day or a status column
 * takes it. The data type is SMM Deck's own, so text dragged in from elsewhere is ignored.
 */
export const PLAN_ITEM_TYPE = 'application/x-smm-deck-plan-item';

export function dragItemProps(id: number) {
  return {
    draggable: true as const,
    onDragStart: (event: DragEvent) => {
      event.dataTransfer?.setData(PLAN_ITEM_TYPE, String(id));
      if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    },
  };
}

export function dropTargetProps(onDropItem: (id: number) => void) {
  const carriesItem = (event: DragEvent) => event.dataTransfer?.types.includes(PLAN_ITEM_TYPE) ?? false;
  return {
    onDragOver: (event: DragEvent) => {
      if (!carriesItem(event)) return;
      event.preventDefault();
      (event.currentTarget as HTMLElement).classList.add('plan-drop--over');
    },
    onDragLeave: (event: DragEvent) => (event.currentTarget as HTMLElement).classList.remove('plan-drop--over'),
    onDrop: (event: DragEvent) => {
      (event.currentTarget as HTMLElement).classList.remove('plan-drop--over');
      const id = Number(event.dataTransfer?.getData(PLAN_ITEM_TYPE));
      if (!Number.isSafeInteger(id) || id <= 0) return;
      event.preventDefault();
      onDropItem(id);
    },
  };
}
