/**
 * The source links of src/ui/SourceLinks.tsx with the topics a route, its part-time periods and entry
 * checks cite by rule id registered: what most pages show. The pay page, which shows only pay's
 * topic, imports SourceLinks.tsx instead and so does not load the route's rules and sources.
 */
import '../domain/rules/route-topics';

export { SourceLink, SourceReferences, StatementSource } from './SourceLinks';
