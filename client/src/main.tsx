/** Routes by path; each screen is its own chunk so a follower downloads only the follow screen. */
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { useLocale } from './stores/locale.ts';
import './ui/base.css';

const Participate = lazy(() => import('./screens/Participate.tsx'));
const Facilitate = lazy(() => import('./screens/Facilitate.tsx'));
const Screen = lazy(() => import('./screens/Screen.tsx'));
const Follow = lazy(() => import('./screens/Follow.tsx'));
const Home = lazy(() => import('./screens/Home.tsx'));

const ROUTE = /^\/w\/([A-Za-z0-9]{4,16})(?:\/(facilitate|screen|follow))?\/?$/;

function Route() {
  const match = ROUTE.exec(location.pathname);
  if (!match) return <Home />;
  const code = match[1]!.toUpperCase();
  switch (match[2]) {
    case 'facilitate':
      return <Facilitate code={code} />;
    case 'screen':
      return <Screen code={code} />;
    case 'follow':
      return <Follow code={code} />;
    default:
      return <Participate code={code} />;
  }
}

document.documentElement.lang = useLocale.getState().locale;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Suspense fallback={null}>
      <Route />
    </Suspense>
  </StrictMode>,
);
