import { describe, expect, it } from 'vitest';
import { resolveEvidence } from '../resolve/resolve-evidence.ts';

// Sentences written for these tests (not taken from any set): a medicine said to be stopped right beside
// its name is a past one (signs.yaml stoppedWith); still taken, or a stop denied, it counts.
const flags = (text: string): string[] => resolveEvidence(text).redFlags;
const statusOf = (text: string, id: string): string | undefined =>
  resolveEvidence(text).findings.find((f) => f.id === id)?.status;

describe('a stopped medicine is past (signs.yaml stoppedWith)', () => {
  it.each([
    'Rivaroxaban stopped for good in June.',
    'Weaned off prednisolone over the winter.',
    'Been off Eliquis since the ablation.',
    'Finished the course of dalteparin after my knee op.',
    'Dabigatran discontinued at the last clinic.',
  ])('"%s" raises no medicine flag', (text) => {
    expect(flags(text)).not.toContain('anticoagulants');
    expect(flags(text)).not.toContain('long-term-steroids');
  });
  it('and says so: the mention is historical', () => {
    expect(statusOf('Been off Eliquis since the ablation.', 'anticoagulants')).toBe('historical');
  });
  it.each([
    "Haven't stopped my Eliquis, still twice a day.",
    'Stopped the aspirin and started Eliquis instead.',
    'On dalteparin, the nurse says I cannot come off it yet.',
    'Stopping Eliquis two days before the dentist next week.',
  ])('"%s" still counts as a blood thinner', (text) => {
    expect(flags(text)).toContain('anticoagulants');
  });
  it('a stopped blood thinner does not clear a past clot, which still counts', () => {
    expect(flags('Clot in my left leg 2018, finished the warfarin after six months.')).toEqual(['prior-dvt']);
  });
});
