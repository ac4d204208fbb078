/**
 * Routes by path. Each screen is its own chunk, fetched in parallel with the viewer's language,
 * so a follower downloads the follow screen and one catalog, nothing else.
 */
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { seedFirstView } from './first-view/seed.ts';
import { chooseCatalogVariant, loadCatalog } from './i18n/t.ts';
import { useLocale } from './stores/locale.ts';
import './ui/base.css';

type ScreenModule = Promise<{ default: ComponentType<{ code: string }> }>;

const SCREENS: Record<string, () => ScreenModule> = {
  facilitate: () => import('./screens/Facilitate.tsx'),
  screen: () => import('./screens/Screen.tsx'),
  follow: () => import('./screens/Follow.tsx'),
  join: () => import('./screens/Participate.tsx'),
};

const ROUTE = /^\/w\/([A-Za-z0-9]{4,16})(?:\/(facilitate|screen|follow))?\/?$/;

async function start(): Promise<void> {
  const match = ROUTE.exec(location.pathname);
  const locale = useLocale.getState().locale;
  document.documentElement.lang = locale;
  const follow = match?.[2] === 'follow';
  // The phone and the follow screen load only the messages they can show; a link to the console is a new page.
  chooseCatalogVariant(follow ? 'follow' : match && !match[2] ? 'participant' : 'all');
  // The follow page arrives with its first view; the app starts from the same state, and only
  // once that view has been painted (scripts from the cache must not hold the first paint back).
  const painted = follow && seedFirstView() ? afterNextPaint() : null;
  const screen = match ? SCREENS[match[2] ?? 'join']!() : (import('./screens/Home.tsx') as ScreenModule);
  const [{ default: Screen }] = await Promise.all([screen, loadCatalog(locale), painted]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Screen code={match ? match[1]!.toUpperCase() : ''} />
    </StrictMode>,
  );
}

function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

void start();
