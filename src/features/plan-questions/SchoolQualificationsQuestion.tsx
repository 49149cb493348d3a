import { useState } from 'react';
import { usualSchoolQualification } from '../../domain/plan/nation-qualifications';
import type {
  SchoolQualification,
  SchoolQualificationKind,
} from '../../domain/plan/qualifications';
import { Radios } from '../../ui/Radios';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

const OPTIONS: ReadonlyArray<{ value: SchoolQualificationKind; label: string; hint?: string }> = [
  { value: 'a-levels', label: 'A-levels' },
  { value: 'scottish-highers', label: 'Scottish Highers and Advanced Highers' },
  { value: 'ib', label: 'International Baccalaureate (IB) Diploma' },
  {
    value: 'other',
    label: 'Something else',
    hint: 'For example, a BTEC. Check with each medical school',
  },
];

/** The nation's usual qualification first: Highers in Scotland, A-levels elsewhere. */
function optionsFor(nation: string | undefined): typeof OPTIONS {
  const usual = usualSchoolQualification(nation);
  return [
    ...OPTIONS.filter((option) => option.value === usual),
    ...OPTIONS.filter((option) => option.value !== usual),
  ];
}

function emptyQualification(kind: SchoolQualificationKind): SchoolQualification {
  if (kind === 'ib') return { kind, points: 0, higherLevel: [] };
  if (kind === 'other') return { kind };
  return { kind, subjects: [] };
}

/** Which qualifications after GCSEs: this decides which grades we ask about next. */
export function SchoolQualificationsQuestion({ answers, backHref, onSave }: QuestionProps) {
  const saved = answers.qualifications?.schoolQualification;
  const [kind, setKind] = useState<SchoolQualificationKind | ''>(saved?.kind ?? '');
  const [error, setError] = useState<string | undefined>();
  const save = () => {
    if (kind === '') {
      setError('Select which qualifications you are taking or have taken');
      return;
    }
    // Keep grades already entered when the same kind is chosen again.
    const schoolQualification = saved?.kind === kind ? saved : emptyQualification(kind);
    onSave({ qualifications: { ...answers.qualifications, schoolQualification } });
  };
  return (
    <QuestionPage
      title="Which qualifications are you taking or have you taken?"
      backHref={backHref}
      errors={error ? [{ href: '#school-qualification', message: error }] : []}
      onContinue={save}
    >
      <QuestionCaption section="Your qualifications" />
      <Radios
        name="school-qualification"
        legend="Which qualifications are you taking or have you taken?"
        legendIsHeading
        hint={
          usualSchoolQualification(answers.nation) === 'scottish-highers'
            ? 'The ones after National 5s that medical schools make offers on'
            : 'The ones after GCSEs that medical schools make offers on'
        }
        options={optionsFor(answers.nation)}
        value={kind}
        onChange={setKind}
        error={error}
      />
    </QuestionPage>
  );
}
