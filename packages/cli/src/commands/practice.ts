import { createInterface } from 'node:readline';
import { Command, Option } from 'commander';
import { BODY_AREAS, loadAtlas, type Atlas, type BodyArea } from '@myomap/atlas';
import {
  gradeCard,
  practiceCards,
  type CardAnswer,
  type PracticeCard,
  type StopOrGoCard,
  type StopOrGoDecision,
  type WhichMuscleCard,
} from '@myomap/engine';
import { CliError } from '../cli-error.ts';
import { writeJsonLine } from '../io.ts';

type QuizCard = WhichMuscleCard | StopOrGoCard;
const QUIZ_TYPES = ['which-muscle', 'stop-or-go'] as const;
const MAX_COUNT = 100;

/** A small seeded generator (mulberry32), so a seed replays the same quiz. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks `count` quiz cards of the asked types, area and difficulty: each type shuffled with a seeded generator, then taking turns. */
export function pickQuiz(
  cards: readonly PracticeCard[],
  opts: { count: number; seed: number; types: readonly string[]; area?: BodyArea; maxDifficulty: number },
): QuizCard[] {
  const rand = seeded(opts.seed);
  const piles = opts.types.map((type) => {
    const pile = cards.filter(
      (c): c is QuizCard =>
        (c.type === 'which-muscle' || c.type === 'stop-or-go') &&
        c.type === type &&
        (opts.area === undefined || c.area === opts.area) &&
        c.difficulty <= opts.maxDifficulty,
    );
    for (let i = pile.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [pile[i], pile[j]] = [pile[j]!, pile[i]!];
    }
    return pile;
  });
  const quiz: QuizCard[] = [];
  for (let i = 0; quiz.length < opts.count && piles.some((p) => i < p.length); i++)
    for (const pile of piles) {
      const card = pile[i];
      if (card !== undefined && quiz.length < opts.count) quiz.push(card);
    }
  return quiz;
}

const names = (atlas: Atlas, ids: readonly string[]): string =>
  ids.map((id) => atlas.regionById.get(id)?.name ?? id).join(', ');

/** The question a quiz card asks, in plain text. */
export function promptOf(atlas: Atlas, card: QuizCard): string {
  if (card.type === 'stop-or-go') return `Intake: ${card.intake}\nTreat, modify or refer? (t/m/r)`;
  const spill = card.spillover.length === 0 ? '' : `\nSpillover: ${names(atlas, card.spillover)}`;
  return `Which muscle refers here?\nEssential zone: ${names(atlas, card.essential)}${spill}`;
}

const DECISIONS: Record<string, StopOrGoDecision> = {
  t: 'treat',
  treat: 'treat',
  m: 'modify',
  modify: 'modify',
  r: 'refer',
  refer: 'refer',
};

function answerOf(card: QuizCard, line: string): CardAnswer {
  if (card.type === 'which-muscle') return { type: 'which-muscle', text: line };
  const decision = DECISIONS[line.trim().toLowerCase()];
  // An unreadable decision is graded as wrong by answering with a decision the card does not expect.
  const wrong = (['treat', 'modify', 'refer'] as const).find((d) => d !== card.expected) ?? 'treat';
  return { type: 'stop-or-go', decision: decision ?? wrong };
}

function expectedText(atlas: Atlas, card: QuizCard): string {
  if (card.type === 'stop-or-go') return card.expected;
  return card.accepted.map((id) => atlas.muscleById.get(id)?.name ?? id).join(' or ');
}

/** `myomap practice`: a quick text quiz (which muscle, stop or go), answers read line by line from stdin. */
export function practiceCommand(): Command {
  return new Command('practice')
    .description('a quick text quiz: name the muscle from its pattern, or decide treat/modify/refer')
    .option('-n, --count <n>', `how many cards (1–${MAX_COUNT})`, '5')
    .addOption(new Option('--type <type>', 'only one card type').choices([...QUIZ_TYPES]))
    .addOption(new Option('--area <area>', 'only one body area').choices([...BODY_AREAS]))
    .option('--difficulty <1-3>', 'hardest difficulty to include (1: the most common patterns)', '3')
    .option('--seed <n>', 'replay the same cards (default: a new quiz each time)')
    .option('--json', 'print one JSON line per card instead of text')
    .action(
      async (opts: {
        count: string;
        type?: string;
        area?: BodyArea;
        difficulty: string;
        seed?: string;
        json?: boolean;
      }) => {
        const count = Number(opts.count);
        if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT)
          throw new CliError(`--count must be a whole number from 1 to ${MAX_COUNT}`);
        const maxDifficulty = Number(opts.difficulty);
        if (![1, 2, 3].includes(maxDifficulty)) throw new CliError('--difficulty must be 1, 2 or 3');
        const seed = opts.seed === undefined ? Date.now() : Number(opts.seed);
        if (!Number.isInteger(seed)) throw new CliError('--seed must be a whole number');
        const atlas = loadAtlas();
        const quiz = pickQuiz(practiceCards(atlas), {
          count,
          seed,
          types: opts.type === undefined ? QUIZ_TYPES : [opts.type],
          ...(opts.area === undefined ? {} : { area: opts.area }),
          maxDifficulty,
        });
        if (quiz.length === 0) throw new CliError('no cards match these options');
        const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
        let right = 0;
        let asked = 0;
        for (const card of quiz) {
          if (opts.json !== true)
            process.stdout.write(`\n[${asked + 1}/${quiz.length}] ${promptOf(atlas, card)}\n> `);
          const next = await lines.next();
          if (next.done === true) break;
          const line = String(next.value).slice(0, 200);
          const grade = gradeCard(atlas, card, answerOf(card, line));
          asked++;
          if (grade.correct) right++;
          if (opts.json === true)
            writeJsonLine({
              card: card.id,
              type: card.type,
              answer: line,
              correct: grade.correct,
              expected: expectedText(atlas, card),
            });
          else
            process.stdout.write(
              grade.correct ? 'Right.\n' : `Not this time: ${expectedText(atlas, card)}.\n`,
            );
        }
        if (opts.json === true) writeJsonLine({ asked, right });
        else process.stdout.write(`\n${right} of ${asked} right.\n`);
        process.stdin.pause();
      },
    );
}
