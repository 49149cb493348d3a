import { useState } from 'react';
import {
  MEDICAL_SCHOOL_ROUTES,
  type MedicalSchoolRoute,
  courseLengths,
  intercalationYear,
} from '../../domain/rules/medical-school';
import { Checkbox } from '../../ui/Checkbox';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { Radios } from '../../ui/Radios';
import { TextInput } from '../../ui/TextInput';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

/** One short line on each route; the full notes and sources are on the route page. */
const ROUTE_HINTS: Readonly<Record<MedicalSchoolRoute, string>> = {
  standard: 'The usual route from school',
  'integrated-degree': 'Includes a science degree, as at Oxford and Cambridge',
  gateway: 'Starts with an extra year, for students from under-represented backgrounds',
  'graduate-entry': 'A shorter course for people who already have a degree',
};

const ROUTE_NAMES: Readonly<Record<MedicalSchoolRoute, string>> = {
  standard: 'Standard course',
  'integrated-degree': 'Course with an integrated degree',
  gateway: 'Course with a gateway year',
  'graduate-entry': 'Graduate entry',
};

/** Which route through medical school, with what each one means. */
export function MedicalSchoolRouteQuestion({ answers, backHref, onSave }: QuestionProps) {
  const [route, setRoute] = useState<MedicalSchoolRoute | ''>(answers.medicalSchoolRoute ?? '');
  const [intercalate, setIntercalate] = useState(answers.intercalate === true);
  const [degreeEnd, setDegreeEnd] = useState(
    answers.qualificationYear === undefined ? '' : String(answers.qualificationYear),
  );
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const isPupil = answers.now?.stage === 'school';
  const atMedicalSchool = answers.now?.stage === 'medical-school';
  const errorAt = (href: string) => errors.find((error) => error.href === href)?.message;

  // Intercalating is a choice on courses without a degree built in; graduates already have one.
  const offersIntercalation = (choice: MedicalSchoolRoute | '') =>
    choice === 'standard' || choice === 'gateway';
  const intercalationQuestion = (
    <Checkbox
      id="intercalate"
      label="I plan to take an intercalated degree"
      hint={`An optional extra year studying for a degree during medical school. It adds ${intercalationYear.value.years} year.`}
      checked={intercalate}
      onChange={setIntercalate}
    />
  );

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
      onSave({
        medicalSchoolRoute: route,
        intercalate: false,
        qualificationYear: Number(degreeEnd),
      });
      return;
    }
    onSave({ medicalSchoolRoute: route, intercalate: offersIntercalation(route) && intercalate });
  };

  const title = atMedicalSchool
    ? 'Which course are you on?'
    : 'Which route through medical school are you thinking about?';
  return (
    <QuestionPage title={title} backHref={backHref} errors={errors} onContinue={save}>
      <QuestionCaption section="Your route" />
      <Radios
        name="medical-school-route"
        legend={title}
        legendIsHeading
        hint={atMedicalSchool ? undefined : 'You can change this later'}
        options={MEDICAL_SCHOOL_ROUTES.map((value) => ({
          value,
          label: `${ROUTE_NAMES[value]} (${courseLengths[value].value.years} years)`,
          hint: ROUTE_HINTS[value],
          ...(value === 'graduate-entry' && isPupil ? { conditional: degreeEndQuestion } : {}),
          ...(offersIntercalation(value) ? { conditional: intercalationQuestion } : {}),
        }))}
        value={route}
        onChange={setRoute}
        error={errorAt('#medical-school-route')}
      />
    </QuestionPage>
  );
}
