/** A report-back point's +1s: short on screen ("3 × +1"), said in full to a screen reader. */
import { useT } from '../../i18n/t.ts';

export function PlusOnes({ count, className }: { count: number; className: string }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <p className={className} data-testid="plus-ones" data-count={count}>
      <span aria-hidden="true">{t('groupwork.plusOnes', { count })}</span>
      <span className="visually-hidden">{t('groupwork.plusOnesLabel', { count })}</span>
    </p>
  );
}
