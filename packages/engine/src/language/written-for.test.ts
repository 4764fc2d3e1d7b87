import { describe, expect, it } from 'vitest';
import { screenRedFlags } from '../rank/screen-red-flags.ts';

// Sentences written for these tests: a form filled in by a relative for the client, against a relative's
// history mentioned by a client who has their own complaint, and a therapist's note about a client.
const tier = (text: string): string => screenRedFlags({ text }).notice?.tier ?? 'none';

describe('a form filled in for a relative who is the client', () => {
  it("the relative's pain and signs are the client's", () => {
    expect(tier('My dad is on apixaban and his left knee has been aching since he gardened')).toBe('caution');
    expect(tier('Writing for my nan: she gets muddled words since this morning and her neck aches')).toBe(
      'emergency',
    );
    expect(tier('My partner is 30 weeks pregnant and has a sore hip')).toBe('caution');
  });
  it('a cue says so even when the pain is not named ("he came in for his shoulder")', () => {
    expect(tier('My hubby is slurring his words this evening. He came in for his shoulder.')).toBe(
      'emergency',
    );
  });
});

describe("a relative's condition beside the writer's own complaint stays the relative's", () => {
  it('the writer names their own pain or speaks of themselves', () => {
    expect(tier('My granny had a stroke in the spring; my own shoulders are tight from carrying her')).toBe(
      'none',
    );
    expect(tier('My dad takes warfarin. I have a stiff lower back.')).toBe('none');
    expect(tier('My aunt gets double vision with her migraines, I never do')).toBe('none');
  });
  it('a relative with no complaint of theirs is no client', () => {
    expect(tier('My uncle had a clot after his knee operation.')).toBe('none');
  });
  it('a relative who died or a family history is no client', () => {
    expect(tier('Grandad died of a heart attack with crushing pain down his arm')).toBe('none');
    expect(tier('Family history: my mum had crushing chest pain with her heart attack')).toBe('none');
  });
  it("a therapist's note uses her/his for the client", () => {
    expect(tier('Her father is on rivaroxaban; she has a sore upper back')).toBe('none');
    expect(tier('Pt says mum had breast cancer; her own neck aches')).toBe('none');
  });
});

describe('someone who sees a sign in the client', () => {
  it('"her son noticed her ..." in a note: the one seen is the client', () => {
    expect(tier('Her son noticed her speech went slurred for a few minutes on Sunday')).toBe('emergency');
  });
  it('a relative who saw someone else have it is still someone else', () => {
    expect(tier('My wife saw her sister have a stroke last year. My neck is stiff.')).toBe('none');
  });
});

// Sentences written after a second review of the changes above (4 December 2026).
describe('second review, kept fixed', () => {
  it('only the relative who owns the pain is the client', () => {
    expect(tier("My son's ankle aches; my brother had a clot after his long flight")).toBe('none');
  });
  it('"me" or a "my" that is no body does not end a relative\'s context', () => {
    expect(tier('My dad keeps telling me he gets chest pain climbing stairs')).toBe('none');
    expect(tier('My aunt was my age when she found her breast cancer')).toBe('none');
  });
});

describe('after blind 11', () => {
  it('"booking for myself" is no form written for a relative', () => {
    expect(tier("Uncle had a clot after his op. I'm booking for myself, sore calves.")).toBe('none');
  });
});

describe('third review', () => {
  it('the client named two ways is one person ("my mother ... Mum\'s speech")', () => {
    expect(tier("Filling this in for my mother, her hip aches. Mum's speech has gone slurred today")).toBe(
      'emergency',
    );
  });
  it('the writer brought in by a relative is the one with the sign', () => {
    expect(tier('My partner drove me in because my right leg went suddenly weak')).toBe('emergency');
  });
});

describe('fourth review', () => {
  it('"lives with me" does not make a relative\'s sign the writer\'s', () => {
    expect(tier('My dad lives with me and has had slurred speech since his stroke in 2019')).toBe('none');
  });
  it('two grandmothers are two people', () => {
    expect(tier('Booking for my gran, her knee hurts. My nan had a stroke with a droopy face')).not.toBe(
      'emergency',
    );
  });
});
