// Adding or editing an evaluation: its reference, evaluator, design, samples, follow-up, place,
// Maryland SMS score, risk-of-bias judgements by domain and findings. Its outcome results are
// added separately, each with its own form.
import { useState } from 'react';
import type { EvaluationView } from '../../../../shared/model/catalogue';
import { type EvaluationEdit, EvaluationEditSchema } from '../../../../shared/model/editing';
import {
  DESIGN_LABELS,
  DESIGNS,
  RISK_OF_BIAS_DOMAIN_LABELS,
  RISK_OF_BIAS_DOMAINS,
  RISK_OF_BIAS_JUDGEMENT_LABELS,
  RISK_OF_BIAS_JUDGEMENTS,
  type RiskOfBiasDomain,
  type RiskOfBiasJudgement,
  SMS_LABELS,
} from '../../../../shared/model/vocabulary';
import { Checkbox, Fieldset, SelectField, TextField } from '../../components/form-controls';
import { announceLibraryChange } from '../../data/library-changes';
import { useApiQuery } from '../../data/use-api-query';
import {
  controlId,
  type Issue,
  issuesOf,
  numberFrom,
  saveOrRefuse,
  shown,
  StudyForm,
  textFrom,
  useActor,
  useSubmitState,
  useTextFields,
} from './form-support';

const P = 'ev';
const LABELS: Record<string, string> = {
  title: 'Title',
  authors: 'Authors',
  evaluatorOrganisationId: 'Evaluator',
  year: 'Year',
  design: 'Design',
  nTreatment: 'Intervention group sample',
  nControl: 'Comparison group sample',
  followUpMonths: 'Follow-up',
  place: 'Place',
  country: 'Country',
  smsScore: 'Maryland SMS score',
  findings: 'Findings',
  doi: 'DOI',
  url: 'Report web address',
  ...Object.fromEntries(
    RISK_OF_BIAS_DOMAINS.map((d, k) => [
      `riskOfBias.${k}.judgement`,
      `Risk of bias: ${RISK_OF_BIAS_DOMAIN_LABELS[d]}`,
    ]),
  ),
};

type Texts = Record<
  | 'title'
  | 'authors'
  | 'evaluatorOrganisationId'
  | 'year'
  | 'design'
  | 'nTreatment'
  | 'nControl'
  | 'followUpMonths'
  | 'place'
  | 'country'
  | 'smsScore'
  | 'findings'
  | 'doi'
  | 'url',
  string
>;

function initial(e: EvaluationView | undefined): Texts {
  return {
    title: e?.title ?? '',
    authors: e?.authors ?? '',
    evaluatorOrganisationId: e?.evaluator?.id ?? '',
    year: shown(e?.year),
    design: e?.design ?? '',
    nTreatment: shown(e?.nTreatment),
    nControl: shown(e?.nControl),
    followUpMonths: shown(e?.followUpMonths),
    place: e?.place ?? '',
    country: e?.country ?? 'United Kingdom',
    smsScore: shown(e?.smsScore),
    findings: e?.findings ?? '',
    doi: e?.doi ?? '',
    url: e?.url ?? '',
  };
}

type Judgements = Record<RiskOfBiasDomain, { judgement: RiskOfBiasJudgement | ''; note: string }>;

function initialJudgements(e: EvaluationView | undefined): Judgements {
  const out = Object.fromEntries(
    RISK_OF_BIAS_DOMAINS.map((d) => [d, { judgement: '', note: '' }]),
  ) as Judgements;
  for (const r of e?.riskOfBias ?? []) out[r.domain] = { judgement: r.judgement, note: r.note ?? '' };
  return out;
}

export function EvaluationForm({
  interventionId,
  evaluation,
  onClose,
}: {
  interventionId: string;
  /** The evaluation to edit; none to add one. */
  evaluation?: EvaluationView;
  onClose: () => void;
}) {
  const actor = useActor();
  const organisations = useApiQuery('library/list-names', { entity: 'organisations' });
  const [independent, setIndependent] = useState(evaluation?.independent ?? true);
  const [illustrative, setIllustrative] = useState(evaluation?.illustrative ?? false);
  const [judgements, setJudgements] = useState<Judgements>(() => initialJudgements(evaluation));
  const state = useSubmitState();
  const { texts: t, field } = useTextFields(P, () => initial(evaluation), state.errorOf);
  const errorOf = state.errorOf;

  const judged = RISK_OF_BIAS_DOMAINS.filter((d) => judgements[d].judgement !== '');

  const submit = async () => {
    const pre: Issue[] = [];
    const payload: EvaluationEdit = {
      ...(evaluation === undefined ? {} : { id: evaluation.id }),
      interventionId,
      by: actor.by,
      title: t.title,
      authors: textFrom(t.authors),
      evaluatorOrganisationId: textFrom(t.evaluatorOrganisationId),
      independent,
      year: numberFrom(t.year, 'year', pre, true),
      design: t.design as EvaluationEdit['design'],
      nTreatment: numberFrom(t.nTreatment, 'nTreatment', pre, true),
      nControl: numberFrom(t.nControl, 'nControl', pre, true),
      followUpMonths: numberFrom(t.followUpMonths, 'followUpMonths', pre),
      place: textFrom(t.place),
      country: textFrom(t.country),
      smsScore: numberFrom(t.smsScore, 'smsScore', pre, true),
      riskOfBias: judged.map((d) => ({
        domain: d,
        judgement: judgements[d].judgement as RiskOfBiasJudgement,
        note: textFrom(judgements[d].note),
      })),
      findings: textFrom(t.findings),
      doi: textFrom(t.doi),
      url: textFrom(t.url),
      illustrative,
      sources: (evaluation?.sources ?? []).map((s) => ({
        ...(s.field === undefined || s.field === null ? {} : { field: s.field }),
        document: s.document,
        passage: s.passage,
      })),
    };
    const parsed = EvaluationEditSchema.safeParse(payload);
    const found = parsed.success ? pre : issuesOf(parsed.error.issues, pre);
    // Risk-of-bias paths count judged domains only: point them at the domain's own control.
    const mapped = found.map((i) => {
      const m = /^riskOfBias\.(\d+)\.(\w+)$/.exec(i.field);
      const domain = m === null ? undefined : judged[Number(m[1])];
      return domain === undefined
        ? i
        : { ...i, field: `riskOfBias.${RISK_OF_BIAS_DOMAINS.indexOf(domain)}.judgement` };
    });
    const saved = await saveOrRefuse(state, mapped, 'evaluations/save', payload);
    if (saved === null) return;
    actor.remember();
    announceLibraryChange(`evaluation-${saved.id}`);
    onClose();
  };

  const orgOptions =
    organisations.status === 'ok' ? organisations.value.map((o) => ({ value: o.id, label: o.name })) : [];

  return (
    <StudyForm
      prefix={P}
      title={evaluation === undefined ? 'Add an evaluation' : `Edit evaluation: ${evaluation.title}`}
      labels={LABELS}
      issues={state.issues}
      attempt={state.attempt}
      pending={state.pending}
      actor={actor}
      onSubmit={() => void submit()}
      onCancel={onClose}
      saveLabel={evaluation === undefined ? 'Save evaluation' : 'Save changes'}
    >
      <Fieldset legend="Reference">
        <TextField {...field('title')} wide label="Title" />
        <TextField {...field('authors')} label="Authors" />
        <TextField
          {...field('year')}
          label="Year"
          inputMode="numeric"
          className="study-field__number"
          hint="Year of the report, e.g. 2021"
        />
        <TextField {...field('doi')} label="DOI" hint="e.g. 10.1000/xyz123" />
        <TextField {...field('url')} label="Report web address" type="url" hint="https://…" />
      </Fieldset>
      <Fieldset legend="Evaluator and design">
        <SelectField
          {...field('evaluatorOrganisationId')}
          label="Evaluator"
          placeholder={organisations.status === 'loading' ? 'Loading organisations…' : 'Not recorded'}
          options={orgOptions}
        />
        <Checkbox
          id={controlId(P, 'independent')}
          label="Independent evaluator"
          checked={independent}
          onChange={setIndependent}
          hint="Untick when the provider evaluated its own work."
        />
        <SelectField
          {...field('design')}
          label="Design"
          placeholder="Choose a design"
          options={DESIGNS.map((d) => ({ value: d, label: DESIGN_LABELS[d] }))}
        />
        <SelectField
          {...field('smsScore')}
          label="Maryland SMS score"
          placeholder="Not scored"
          options={[1, 2, 3, 4, 5].map((n) => ({
            value: String(n),
            label: `Level ${n}: ${SMS_LABELS[n] ?? ''}`,
          }))}
        />
      </Fieldset>
      <Fieldset legend="Sample, follow-up and place">
        <TextField
          {...field('nTreatment')}
          label="Intervention group sample"
          unit="people"
          inputMode="numeric"
          className="study-field__number"
        />
        <TextField
          {...field('nControl')}
          label="Comparison group sample"
          unit="people"
          inputMode="numeric"
          className="study-field__number"
        />
        <TextField
          {...field('followUpMonths')}
          label="Follow-up"
          unit="months"
          inputMode="decimal"
          className="study-field__number"
        />
        <TextField {...field('place')} label="Place" hint="Town, borough or region" />
        <TextField {...field('country')} label="Country" />
      </Fieldset>
      <fieldset className="study-fieldset">
        <legend>Risk of bias</legend>
        <p className="muted small study-fieldset__hint">
          A judgement for each domain assessed; leave a domain “Not judged” to leave it out.
        </p>
        <div className="study-rob">
          {RISK_OF_BIAS_DOMAINS.map((d, k) => (
            <div className="study-rob__row" key={d}>
              <SelectField
                id={controlId(P, `riskOfBias.${k}.judgement`)}
                label={RISK_OF_BIAS_DOMAIN_LABELS[d]}
                value={judgements[d].judgement}
                onChange={(v) =>
                  setJudgements((prev) => ({
                    ...prev,
                    [d]: { ...prev[d], judgement: v as RiskOfBiasJudgement | '' },
                  }))
                }
                placeholder="Not judged"
                options={RISK_OF_BIAS_JUDGEMENTS.map((j) => ({
                  value: j,
                  label: RISK_OF_BIAS_JUDGEMENT_LABELS[j],
                }))}
                error={errorOf(`riskOfBias.${k}.judgement`)}
              />
              <TextField
                id={controlId(P, `riskOfBias.${k}.note`)}
                label={`Note on ${RISK_OF_BIAS_DOMAIN_LABELS[d].toLowerCase()}`}
                value={judgements[d].note}
                onChange={(v) => setJudgements((prev) => ({ ...prev, [d]: { ...prev[d], note: v } }))}
                error={null}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <Fieldset legend="Findings">
        <TextField {...field('findings')} wide label="Findings" multiline />
        <Checkbox
          id={controlId(P, 'illustrative')}
          label="Illustrative (invented for demonstration)"
          checked={illustrative}
          onChange={setIllustrative}
        />
      </Fieldset>
    </StudyForm>
  );
}
