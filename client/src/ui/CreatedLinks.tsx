/** The four links of a workshop just created: console, join, room screen, follow. */
import type { CreatedWorkshop } from '../../../shared/schemas/rest.ts';
import { useT } from '../i18n/t.ts';

export function CreatedLinks({ created }: { created: CreatedWorkshop }) {
  const t = useT();
  return (
    <section aria-live="polite" data-testid="created-links" data-code={created.code}>
      <p>{t('home.created')}</p>
      <ul>
        {(['facilitate', 'join', 'screen', 'follow'] as const).map((k) => (
          <li key={k}>
            {t(`home.link.${k}`)}: <a href={created.links[k]}>{created.links[k]}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
