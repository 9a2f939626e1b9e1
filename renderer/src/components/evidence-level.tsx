// A Project Oracle standard (1–5) as words with a five-step scale drawn beside it; the scale is
// decoration, the words carry the meaning.
import { VALIDATION_STATUS_LABELS, type ValidationStatus } from '../../../shared/model/vocabulary';

export function EvidencePips({ level }: { level: number | null }) {
  return (
    <span className="pips" aria-hidden="true">
      {[1, 2, 3, 4, 5].map((step) => (
        <span key={step} className={level !== null && step <= level ? 'pip pip--on' : 'pip'} />
      ))}
    </span>
  );
}

export function evidenceLevelText(level: number | null): string {
  return level === null ? 'Not rated' : `Standard ${level}`;
}

export function validationText(status: ValidationStatus): string {
  return VALIDATION_STATUS_LABELS[status];
}
