// The pooling method and test the Evidence tab asks the core for (REML with Hartung–Knapp by
// default, as the product's conventions say); changing either fetches the evidence again.
import { useId } from 'react';
import {
  POOLING_METHODS,
  POOLING_METHOD_LABELS,
  POOLING_TESTS,
  POOLING_TEST_LABELS,
  type PoolingMethod,
  type PoolingTest,
} from '../../../../shared/model/evidence';
import { UpdatingStatus } from '../../components/states';

const isMethod = (value: string): value is PoolingMethod =>
  (POOLING_METHODS as readonly string[]).includes(value);
const isTest = (value: string): value is PoolingTest => (POOLING_TESTS as readonly string[]).includes(value);

export function PoolingControls({
  method,
  test,
  updating,
  onMethod,
  onTest,
}: {
  method: PoolingMethod;
  test: PoolingTest;
  updating: boolean;
  onMethod: (method: PoolingMethod) => void;
  onTest: (test: PoolingTest) => void;
}) {
  const id = useId();
  return (
    <section className="pooling-controls" aria-labelledby={`${id}-title`}>
      <div className="pooling-controls__intro">
        <h2 id={`${id}-title`} className="pooling-controls__title">
          How studies are pooled
        </h2>
        <p className="muted small">
          Effects are standardised mean differences (Hedges&rsquo; g), turned so that positive means
          beneficial, and pooled per outcome. Random effects by REML with the Hartung&ndash;Knapp adjustment
          is the default.
        </p>
      </div>
      <div className="pooling-controls__fields">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-method`}>
            Pooling method
          </label>
          <select
            id={`${id}-method`}
            className="input"
            value={method}
            onChange={(e) => {
              if (isMethod(e.target.value)) onMethod(e.target.value);
            }}
          >
            {POOLING_METHODS.map((m) => (
              <option key={m} value={m}>
                {POOLING_METHOD_LABELS[m]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-test`}>
            Test and intervals
          </label>
          <select
            id={`${id}-test`}
            className="input"
            value={test}
            onChange={(e) => {
              if (isTest(e.target.value)) onTest(e.target.value);
            }}
          >
            {POOLING_TESTS.map((t) => (
              <option key={t} value={t}>
                {POOLING_TEST_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <UpdatingStatus updating={updating} />
      </div>
    </section>
  );
}
