/** The roles page's sections, in order: the contents list and links from other pages use these ids. */
export const ROLES_SECTIONS = [
  { id: 'where-you-work', title: 'Where you could work' },
  { id: 'patients', title: 'Who the patients are' },
  { id: 'what-the-care-covers', title: 'What the care covers' },
  { id: 'procedures', title: 'Procedures and interventions' },
  { id: 'roles-and-routes', title: 'Roles and routes' },
  { id: 'other-routes', title: 'Other routes into training and the Specialist Register' },
  { id: 'skills', title: 'Skills the role needs' },
  { id: 'workforce', title: 'The workforce' },
] as const;

export type RolesSectionId = (typeof ROLES_SECTIONS)[number]['id'];

export function sectionTitle(id: RolesSectionId): string {
  return ROLES_SECTIONS.find((section) => section.id === id)?.title ?? id;
}
