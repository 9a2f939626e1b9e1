// Why a rating is what it is: every level of the framework, highest first, each criterion marked
// met or not met in words and with an icon (never colour alone), and the studies concerned.
import type { CriterionResult, LevelResult } from '../../../../shared/analysis/ratings/evaluate';
import { formatList } from '../../../../shared/format';

export function MetIcon({ met }: { met: boolean }) {
  return (
    <svg
      className={met ? 'met-icon met-icon--met' : 'met-icon met-icon--unmet'}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="8" cy="8" r="7.25" />
      {met ? <path d="M4.6 8.3l2.2 2.2 4.6-4.8" /> : <path d="M5.4 5.4l5.2 5.2M10.6 5.4l-5.2 5.2" />}
    </svg>
  );
}

function Criterion({ criterion }: { criterion: CriterionResult }) {
  const titles = criterion.studies.map((s) => s.title);
  return (
    <li className="criterion" data-met={criterion.met}>
      <MetIcon met={criterion.met} />
      <span>
        <span className={criterion.met ? 'criterion__status criterion__status--met' : 'criterion__status'}>
          {criterion.met ? 'Met' : 'Not met'}:
        </span>{' '}
        {criterion.text}
        {titles.length > 0 && (
          <span className="criterion__studies">
            {criterion.met ? 'Met by: ' : 'Studies found: '}
            {formatList(titles)}
          </span>
        )}
      </span>
    </li>
  );
}

function Level({ level, current }: { level: LevelResult; current: boolean }) {
  return (
    <li className={current ? 'level level--current' : 'level'} data-level={level.id} data-met={level.met}>
      <p className="level__head">
        <MetIcon met={level.met} />
        <strong>{level.label}</strong>
        <span className="level__status">{level.met ? 'all criteria met' : 'not met'}</span>
        {current && <span className="tag tag--accent">This rating</span>}
      </p>
      <p className="level__meaning muted small">{level.meaning}</p>
      {level.criteria.length > 0 && (
        <ul className="criteria">
          {level.criteria.map((c, index) => (
            <Criterion key={index} criterion={c} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function RatingExplanation({
  levels,
  modifiers,
  currentLevel,
}: {
  levels: LevelResult[];
  modifiers: (LevelResult & { suffix: string })[];
  currentLevel: string;
}) {
  return (
    <div className="explanation">
      <ol className="levels">
        {levels.map((level) => (
          <Level key={level.id} level={level} current={level.id === currentLevel} />
        ))}
      </ol>
      {modifiers.length > 0 && (
        <>
          <h5 className="explanation__subheading">Additions to the level</h5>
          <ul className="levels">
            {modifiers.map((m) => (
              <Level key={m.suffix} level={{ ...m, label: `“${m.suffix}”` }} current={false} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
