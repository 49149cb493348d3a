/** How answers read on the page. */
import type {
  DegreeClass,
  SchoolQualificationKind,
  Subject,
} from '../../domain/plan/qualifications';

export const SUBJECT_LABELS: Readonly<Record<Subject, string>> = {
  chemistry: 'Chemistry',
  biology: 'Biology',
  physics: 'Physics',
  maths: 'Maths',
  'further-maths': 'Further maths',
  psychology: 'Psychology',
  english: 'English',
  history: 'History',
  geography: 'Geography',
  economics: 'Economics',
  languages: 'A modern or ancient language',
  other: 'Another subject',
};

export const QUALIFICATION_LABELS: Readonly<Record<SchoolQualificationKind, string>> = {
  'a-levels': 'A-levels',
  'scottish-highers': 'Scottish Highers',
  ib: 'International Baccalaureate (IB) Diploma',
  other: 'Something else',
};

export const DEGREE_CLASS_LABELS: Readonly<Record<DegreeClass, string>> = {
  first: 'First',
  'upper-second': 'Upper second (2:1)',
  'lower-second': 'Lower second (2:2)',
  third: 'Third',
  other: 'Another result, or not classified',
};

export const NATION_LABELS: Readonly<Record<string, string>> = {
  england: 'England',
  scotland: 'Scotland',
  wales: 'Wales',
  'northern-ireland': 'Northern Ireland',
};

export const STAGE_LABELS: Readonly<Record<string, string>> = {
  school: 'At school',
  'gap-year': 'Taking a gap year after school',
  graduate: 'I have a degree in another subject',
  'medical-school': 'At medical school',
  f1: 'Foundation year 1 (F1)',
  f2: 'Foundation year 2 (F2)',
  imt: 'Internal Medicine Training (IMT)',
  accs: 'Acute Care Common Stem (ACCS)',
  st: 'Specialty training in palliative medicine',
  'other-post': 'In another training programme or doctor’s job',
  consultant: 'Consultant in palliative medicine',
};

export function yearsLabel(years: number): string {
  if (years === 0) return 'None';
  return years === 1 ? '1 year' : `${years} years`;
}
