// Compare and Briefs are not built yet: each says plainly what it will do and what to
// use meanwhile, with no dead buttons and no made-up figures.
import { useDocumentTitle } from '../../app/use-document-title';
import { hrefFor } from '../../routing/routes';

interface Plan {
  title: string;
  lead: string;
  willDo: string[];
  meanwhile: string;
}

const PLANS: Record<'compare' | 'briefs', Plan> = {
  compare: {
    title: 'Compare',
    lead: 'Put interventions side by side for a need, such as reducing serious youth violence among 12–18s in one borough.',
    willDo: [
      'Line up the interventions you choose on evidence strength, size of effect, cost per participant and fit: ages, settings and boroughs.',
      'Show each effect pooled across its evaluations, with a forest plot of the studies behind it.',
      'Translate effects into terms a board understands, such as the reduction expected from your local baseline rate.',
    ],
    meanwhile:
      'Until then, use the Catalogue to filter by strand, ages, boroughs and evidence level, and open each intervention to read its evaluations and costs.',
  },
  briefs: {
    title: 'Briefs',
    lead: 'Commissioning briefs for partnership boards: a short document recommending options for a need.',
    willDo: [
      'Choose the question, the audience and the interventions; the brief gathers their evidence, costs, risks and caveats.',
      'Export it as PDF or Word. Figures marked Illustrative stay labelled in every brief.',
    ],
    meanwhile:
      'Until then, each intervention page brings together the evidence, costs and sources a brief will draw on.',
  },
};

export function ComingNextScreen({ screen }: { screen: keyof typeof PLANS }) {
  const plan = PLANS[screen];
  useDocumentTitle(plan.title);
  return (
    <div className="page page--narrow">
      <header className="page-header">
        <h1>{plan.title}</h1>
        <p className="page-header__lead">{plan.lead}</p>
      </header>
      <section className="panel coming-next" aria-labelledby="coming-next-title">
        <p className="coming-next__eyebrow">Coming next</p>
        <h2 id="coming-next-title">What this screen will do</h2>
        <ul className="coming-next__list">
          {plan.willDo.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className="coming-next__status">This screen is not available in this version yet.</p>
        <p>
          {plan.meanwhile} <a href={hrefFor({ screen: 'catalogue' })}>Go to the Catalogue</a>.
        </p>
      </section>
    </div>
  );
}
