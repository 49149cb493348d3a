import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// jsdom lays nothing out, so it has no scrolling: its window.scrollTo only reports "not implemented".
window.scrollTo = () => undefined;

// The first test in a file may wait for a lazy page's module to be transformed; on a loaded 2-core
// machine that took over the default 1 s. findBy/waitFor still finish as soon as the page is there.
configure({ asyncUtilTimeout: 5000 });
