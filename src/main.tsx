import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app/AppRoutes';
import { watchForChunkLoadErrors } from './app/page-errors/chunk-load-error';
import { preloadRouteModule } from './app/route-modules';
import './styles/main.scss';

// The app itself needs JavaScript, so NHS.UK styles for enhanced components can always apply.
document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');

// A page whose code fails to load then says "reload to get the latest version" (Vite reports it).
watchForChunkLoadErrors(window);

// A direct link or reload: fetch the page's code now, alongside the app's start, rather than once the
// first render asks for it.
preloadRouteModule(window.location.pathname);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render into');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  </StrictMode>,
);

// Load saved plans straight after the first render, and keep this tab in step with plans changed in
// other tabs or windows.
void import('./state/cross-tab').then(({ startPlanStore }) => startPlanStore());
