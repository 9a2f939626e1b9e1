// The pooled effect in words a partnership board understands, at the baseline rate the core used
// (and says where it came from): the expected change in the rate and the number needed to treat.
import { formatNumber, formatPercent, formatStatistic } from '../../../../shared/format';
import { relativeChangeText } from '../../../../shared/format/figure-text';
import type { Translation } from '../../../../shared/model/evidence';

export function translationSentence(t: Translation, outcomeName: string, pooled: boolean): string {
  const nnt =
    t.nnt === null
      ? 'no number needed to treat (no benefit at this baseline)'
      : `number needed to treat ${formatNumber(t.nnt, { maximumFractionDigits: 1 })}`;
  return (
    `At a baseline of ${formatPercent(t.baselineRate)} (source: ${t.baselineSource}), ${pooled ? 'the pooled effect' : 'the study’s effect'} ` +
    `corresponds to ${relativeChangeText(t.relativeChange)} with ${outcomeName.toLowerCase()} ` +
    `(${formatPercent(t.interventionRate)} rather than ${formatPercent(t.baselineRate)}); ${nnt}.`
  );
}

export function TranslationView({
  translation,
  outcomeName,
  pooled,
}: {
  translation: Translation;
  outcomeName: string;
  /** False when one study's own estimate is translated (nothing was pooled). */
  pooled: boolean;
}) {
  return (
    <div className="translation" data-field="translation">
      <p className="translation__label">For a board</p>
      <p className="translation__sentence" data-field="translation-sentence">
        {translationSentence(translation, outcomeName, pooled)}
      </p>
      <p className="translation__meta muted small">
        Odds ratio for the outcome event{' '}
        <span data-field="odds-ratio">{formatStatistic(translation.oddsRatio)}</span>, converted from g (ln OR
        = g·π/√3, Hasselblad and Hedges). The baseline is the rate expected without the intervention.
      </p>
    </div>
  );
}
