import { Link } from 'react-router';
import type { Skill } from '../../domain/roles/content';
import { StatementSource } from '../../ui/SourceReferences';
import { SourcedList } from './SourcedStatement';

type SkillsChecklistProps = {
  readonly skills: readonly Skill[];
  /** The ticked skill ids, or null when no plan is open to keep them with. */
  readonly ticked: readonly string[] | null;
  readonly onChange: (skillId: string, ticked: boolean) => void;
  readonly startHref: string;
};

/**
 * The skills the role needs as a self-reflection checklist: ticks are saved with the plan. It is not a
 * test, and says so. Each skill's label is a sourced statement, its source the checkbox's hint.
 */
export function SkillsChecklist({ skills, ticked, onChange, startHref }: SkillsChecklistProps) {
  const intro = (
    <p data-ui>
      <strong>This is not a test and nothing is scored.</strong> It is a checklist for you to think
      about which of these skills you are already building.
    </p>
  );
  if (ticked === null)
    return (
      <>
        {intro}
        <SourcedList statements={skills.map((skill) => skill.statement)} />
        <p data-ui>
          To tick these and keep them with your plan, <Link to={startHref}>start a plan</Link>.
        </p>
      </>
    );
  return (
    <>
      {intro}
      <div className="nhsuk-form-group">
        <fieldset className="nhsuk-fieldset" aria-describedby="skills-hint">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            Which of these skills are you building?
          </legend>
          <div className="nhsuk-hint" id="skills-hint" data-ui>
            Select all that apply. Your ticks are saved with your plan on this device.
          </div>
          <div className="nhsuk-checkboxes">
            {skills.map((skill) => {
              const inputId = `skill-${skill.id}`;
              return (
                <div className="nhsuk-checkboxes__item" key={skill.id}>
                  <input
                    className="nhsuk-checkboxes__input"
                    id={inputId}
                    name="reflections"
                    type="checkbox"
                    value={skill.id}
                    checked={ticked.includes(skill.id)}
                    aria-describedby={`${inputId}-source`}
                    onChange={(event) => onChange(skill.id, event.target.checked)}
                  />
                  <label
                    className="nhsuk-label nhsuk-checkboxes__label"
                    htmlFor={inputId}
                    data-statement-id={skill.statement.id}
                  >
                    {skill.statement.text}
                  </label>
                  <StatementSource
                    citation={skill.statement}
                    as="div"
                    id={`${inputId}-source`}
                    className="nhsuk-hint nhsuk-checkboxes__hint"
                  />
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    </>
  );
}
