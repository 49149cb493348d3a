// One source as a rule cites it, and how its name is shown; the catalogue is sources.ts.
import type { IsoDate } from '../dates';

export type Source = {
  readonly title: string;
  /** Who publishes the page. */
  readonly publisher: string;
  readonly url: string;
  readonly checkedOn: IsoDate;
  /**
   * Official or primary sources are the ones to trust when sources disagree. `secondary` is another
   * publisher's own page (a tutoring, recruiter or news site); `copy` is an official document or page
   * found only on another site (a document-sharing site, a mirror, a news aggregator), cited as such;
   * `derived` is Pathway's own arithmetic on the others. Neither a secondary page nor a copy backs a
   * figure with high confidence (rules.test.ts).
   */
  readonly kind: 'official' | 'secondary' | 'copy' | 'derived';
};

/** "Publisher: title", without saying the publisher twice when the title already starts with it. */
export function sourceLabel(source: Source): string {
  return source.title.startsWith(source.publisher)
    ? source.title
    : `${source.publisher}: ${source.title}`;
}
