// Briefs are not built yet: the screen says plainly what it will do and what to
// use meanwhile, with no dead buttons and no made-up figures.
import { useDocumentTitle } from '../../app/use-document-title';
import { hrefFor } from '../../routing/routes';

interface Plan {
  title: string;
  lead: string;
  willDo: string[];
  meanwhile: string;
}

const PLANS: Record<'briefs', Plan> = {
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
