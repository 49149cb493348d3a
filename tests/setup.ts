import '@testing-library/jest-dom/vitest';

// jsdom lays nothing out, so it has no scrolling: its window.scrollTo only reports "not implemented".
window.scrollTo = () => undefined;
