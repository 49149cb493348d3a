import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// jsdom lays nothing out, so it has no scrolling: its window.scrollTo only reports "not implemented".
window.scrollTo = () => undefined;

// renderAppAt waits for the module of the page it opens before rendering, but a lazy page that a test
// reaches by a click is fetched then, and the first fetch of a module in a file waits for it to be
// transformed: on a loaded 2-core machine that took over the default 1 s. findBy/waitFor still finish
// as soon as the page is there.
configure({ asyncUtilTimeout: 5000 });
