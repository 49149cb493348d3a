import { useState } from 'react';
import {
  MEDICAL_SCHOOL_ROUTES,
  type MedicalSchoolRoute,
  courseLengths,
} from '../../domain/rules/medical-school';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { Radios } from '../../ui/Radios';
import { TextInput } from '../../ui/TextInput';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';

const ROUTE_NAMES: Readonly<Record<MedicalSchoolRoute, string>> = {
  standard: 'Standard course',
  'integrated-degree': 'Course with an integrated degree',
  gateway: 'Course with a gateway year',
  'graduate-entry': 'Graduate entry',
};

/** Which route through medical school, with what each one means. */
export function MedicalSchoolRouteQuestion({ answers, backHref, onSave }: QuestionProps) {
  const [route, setRoute] = useState<MedicalSchoolRoute | ''>(
    (answers.medicalSchoolRoute as MedicalSchoolRoute | undefined) ?? '',
  );
  const [degreeEnd, setDegreeEnd] = useState(
    answers.qualificationYear === undefined ? '' : String(answers.qualificationYear),
  );
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const isPupil = answers.now?.stage === 'school';
  const atMedicalSchool = answers.now?.stage === 'medical-school';
  const errorAt = (href: string) => errors.find((error) => error.href === href)?.message;

  const degreeEndQuestion = (
    <TextInput
      id="degree-end-year"
      label="Which year do you expect to finish your first degree?"
      hint="Graduate-entry courses are for people who already have a degree. For example, 2031"
      width={4}
      numeric
      value={degreeEnd}
      onChange={setDegreeEnd}
      error={errorAt('#degree-end-year')}
    />
  );

  const save = () => {
    if (route === '') {
      setErrors([
        {
          href: '#medical-school-route',
          message: atMedicalSchool
            ? 'Select the course you are on'
            : 'Select a route through medical school',
        },
      ]);
      return;
    }
    if (route === 'graduate-entry' && isPupil) {
      if (!/^\d{4}$/.test(degreeEnd.trim())) {
        setErrors([
          {
            href: '#degree-end-year',
            message: 'Enter the year you expect to finish your first degree, like 2031',
          },
        ]);
        return;
      }
      onSave({ medicalSchoolRoute: route, qualificationYear: Number(degreeEnd) });
      return;
    }
    onSave({ medicalSchoolRoute: route });
  };

  const title = atMedicalSchool
    ? 'Which course are you on?'
    : 'Which route through medical school are you thinking about?';
  return (
    <QuestionPage title={title} backHref={backHref} errors={errors} onContinue={save}>
      <span className="nhsuk-caption-l">Your route</span>
      <Radios
        name="medical-school-route"
        legend={title}
        legendIsHeading
        hint={atMedicalSchool ? undefined : 'You can change this later and compare routes'}
        options={MEDICAL_SCHOOL_ROUTES.map((value) => ({
          value,
          label: `${ROUTE_NAMES[value]} (${courseLengths[value].value.years} years)`,
          hint: courseLengths[value].note,
          ...(value === 'graduate-entry' && isPupil ? { conditional: degreeEndQuestion } : {}),
        }))}
        value={route}
        onChange={setRoute}
        error={errorAt('#medical-school-route')}
      />
    </QuestionPage>
  );
}
