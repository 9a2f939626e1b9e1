// The intervention's theory of change: inputs → activities → outputs → short- and long-term
// outcomes, and the assumptions that link them.
import type { TheoryOfChange } from '../../../../shared/model/bundle';

const STAGES: { key: keyof Omit<TheoryOfChange, 'assumptions'>; title: string }[] = [
  { key: 'inputs', title: 'Inputs' },
  { key: 'activities', title: 'Activities' },
  { key: 'outputs', title: 'Outputs' },
  { key: 'shortTermOutcomes', title: 'Short-term outcomes' },
  { key: 'longTermOutcomes', title: 'Long-term outcomes' },
];

export function TheoryOfChangeView({ theory }: { theory: TheoryOfChange }) {
  return (
    <>
      <ol className="toc-flow" aria-label="From inputs to long-term outcomes">
        {STAGES.map((stage, index) => (
          <li key={stage.key} className="toc-flow__stage">
            <h3 className="toc-flow__title">
              {stage.title}
              {index < STAGES.length - 1 && (
                <span className="toc-flow__arrow" aria-hidden="true">
                  →
                </span>
              )}
            </h3>
            {theory[stage.key].length === 0 ? (
              <p className="muted">None recorded.</p>
            ) : (
              <ul>
                {theory[stage.key].map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {theory.assumptions.length > 0 && (
        <div className="toc-assumptions">
          <h3>Assumptions</h3>
          <ul>
            {theory.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
