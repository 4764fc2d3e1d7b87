import { useMemo, useState } from 'react';
import type { RankOptions } from '@myomap/engine';
import { useDebouncedValue } from '../hooks/useDebouncedValue.ts';
import { parseAge } from './client-words.ts';

/** How long the client's words rest before the screen reads them: no stop notice flickers mid-word. */
const SETTLE_MS = 300;

/** The client's age and words as typed, and what the red-flag screen reads of them. */
export interface ClientScreen {
  readonly ageText: string;
  readonly setAgeText: (raw: string) => void;
  /** The age field's error, naming the field; the screen then reads no age from the field. */
  readonly ageError: string | undefined;
  readonly text: string;
  readonly setText: (text: string) => void;
  /** The words the screen last read (the typed text once settled). */
  readonly screenedText: string;
  /** What rankSources' red-flag screen reads besides the drawing and the chips. */
  readonly screen: NonNullable<RankOptions['screen']>;
}

/** Holds the Finder's age field and "what the client says" box, and the screen input they make. */
export function useClientScreen(): ClientScreen {
  const [ageText, setAgeText] = useState('');
  const [text, setText] = useState('');
  const screenedText = useDebouncedValue(text, SETTLE_MS);
  const { age, error } = parseAge(ageText);
  const screen = useMemo(
    () => ({
      ...(age === undefined ? {} : { age }),
      ...(screenedText.trim() === '' ? {} : { text: screenedText }),
    }),
    [age, screenedText],
  );
  return { ageText, setAgeText, ageError: error, text, setText, screenedText, screen };
}
