/** The low-data switch: no note text streams in (counts and the spotlight only); the device remembers it. */
import { useT } from '../../i18n/t.ts';
import { setLowData, useFollow } from '../../stores/follow.ts';

export function LowDataSwitch() {
  const t = useT();
  const lowData = useFollow((s) => s.lowData);
  return (
    <div>
      <label className="low-data-switch">
        <input
          type="checkbox"
          checked={lowData}
          onChange={(e) => setLowData(e.currentTarget.checked)}
          data-testid="low-data"
        />
        {t('follow.lowData')}
      </label>
      {lowData && <p className="muted">{t('follow.lowDataOn')}</p>}
    </div>
  );
}
