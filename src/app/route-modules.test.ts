import { describe, expect, it } from 'vitest';
import { routeModuleFor } from './route-modules';

describe('the page module loaded early for an address', () => {
  it.each([
    ['/questions/where-are-you-now', 'question'],
    ['/check-answers', 'checkAnswers'],
    ['/your-route', 'timeline'],
    ['/plans', 'plans'],
    ['/plans/compare', 'compare'],
    ['/plans/clear-everything', 'plans'],
    ['/plans/abc/rename', 'plans'],
    ['/plans/abc/delete', 'plans'],
    ['/session/start', 'startSession'],
    ['/sources', 'sources'],
    ['/part-time', 'partTime'],
    ['/part-time/calculator/hours', 'partTime'],
    ['/part-time/plan/scenarios/s1/periods/new', 'partTime'],
    ['/pay', 'pay'],
    ['/roles', 'roles'],
    ['/shared', 'shared'],
    ['/accessibility', 'about'],
    ['/privacy', 'about'],
  ])('%s loads the %s module', (pathname, module) => {
    expect(routeModuleFor(pathname)).toBe(module);
  });

  it('loads nothing early for the start page, which is in the first chunk, or an unknown address', () => {
    expect(routeModuleFor('/')).toBeNull();
    expect(routeModuleFor('/no-such-page')).toBeNull();
  });
});
