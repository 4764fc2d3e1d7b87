import type { RedFlagId } from '@myomap/atlas';
import type { EvidenceResult, FindingStatus, TextFinding } from '@myomap/engine';

/** A finding the description mentions but that does not count for the client ("no fever → ruled out"). */
export interface ContextChip {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** The words as written, with the words that rule them out ("no fever"). */
  readonly text: string;
  readonly status: Exclude<FindingStatus, 'present'>;
  /** What the status means, in the words the chip shows. */
  readonly label: string;
}

const STATUS_LABEL: Readonly<Record<ContextChip['status'], string>> = {
  negated: 'ruled out',
  hypothetical: 'only if it happens',
  historical: 'in the past',
  'other-person': 'not the client',
};

/** Whether a finding is one the chips report: red flags, symptoms and named pain sites out of context. */
function reported(f: TextFinding): f is TextFinding & { status: ContextChip['status'] } {
  return f.status !== 'present' && (f.kind === 'redFlag' || f.kind === 'symptom' || f.kind === 'site');
}

/**
 * What a pain description adds to the finder besides regions: the red flags it names as present (added
 * as red-flag evidence, so the stop notice shows), and the findings it rules out or gives to someone else
 * (shown as chips, never counted). A past sign that still counts (a cancer history) is a red flag, not a chip.
 */
export function descriptionEvidence(
  read: EvidenceResult,
  text: string,
): {
  redFlags: RedFlagId[];
  chips: ContextChip[];
} {
  const chips: ContextChip[] = [];
  for (const f of read.findings) {
    if (!reported(f)) continue;
    if (f.kind === 'redFlag' && read.redFlags.includes(f.id as RedFlagId)) continue;
    // One chip per stretch of text: "no chest pain" names a site and may name a sign on the same words.
    const start = Math.min(f.start, f.cue?.start ?? f.start);
    const end = Math.max(f.end, f.cue?.end ?? f.end);
    if (chips.some((c) => c.start <= start && c.end >= end)) continue;
    const inside = chips.findIndex((c) => start <= c.start && end >= c.end);
    const chip = {
      key: `${f.start}:${f.id}`,
      start,
      end,
      text: text.slice(start, end),
      status: f.status,
      label: STATUS_LABEL[f.status],
    };
    if (inside >= 0) chips[inside] = chip;
    else chips.push(chip);
  }
  return { redFlags: [...read.redFlags], chips };
}
