/** Earlier, later and remove for one item of a list (a segment, a block, an activity), each disabled where it cannot apply. */
import { type MessageKey, useT } from '../../i18n/t.ts';

export interface MoveButtonsProps {
  index: number;
  count: number;
  move(to: number): void;
  remove(): void;
  /** The last item of a list that must keep one cannot go. */
  keepOne?: boolean;
  labels?: { up: MessageKey; down: MessageKey; remove: MessageKey };
}

const PLAIN = { up: 'edit.up', down: 'edit.down', remove: 'edit.remove' } as const;

export function MoveButtons({ index, count, move, remove, keepOne = false, labels = PLAIN }: MoveButtonsProps) {
  const t = useT();
  return (
    <>
      <button type="button" className="secondary" disabled={index === 0} onClick={() => move(index - 1)}>
        {t(labels.up)}
      </button>
      <button type="button" className="secondary" disabled={index === count - 1} onClick={() => move(index + 1)}>
        {t(labels.down)}
      </button>
      <button type="button" className="secondary" disabled={keepOne && count === 1} onClick={remove}>
        {t(labels.remove)}
      </button>
    </>
  );
}
