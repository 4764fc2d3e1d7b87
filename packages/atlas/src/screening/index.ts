import contextJson from '../generated/context.json' with { type: 'json' };
import signsJson from '../generated/red-flag-lexicon.json' with { type: 'json' };
import rulesJson from '../generated/red-flag-rules.json' with { type: 'json' };
import evidenceWordsJson from '../generated/evidence-words.json' with { type: 'json' };
import type { ContextData, EvidenceWordsData, RulesData, SignsData } from './screening-schema.ts';

export * from './screening-schema.ts';
export { checkScreening } from './check-screening.ts';

/** ConText triggers (negation, hypothetical, historical, other person), compiled from data/context/. */
export const CONTEXT_TRIGGERS: ContextData = contextJson as ContextData;
/** The red-flag lexicon per sign, in lay and clinical words, compiled from data/red-flags/signs.yaml. */
export const RED_FLAG_LEXICON: SignsData = signsJson as SignsData;
/** Red-flag combination rules, pain sites and pain words, compiled from data/red-flags/rules.yaml. */
export const RED_FLAG_RULES: RulesData = rulesJson as RulesData;
/** Everyday words per movement, activity or symptom id, compiled from data/context/evidence-words.yaml. */
export const EVIDENCE_WORDS: EvidenceWordsData = evidenceWordsJson as EvidenceWordsData;
