import { POSTURE_OBSERVATIONS, type Objective } from '@myomap/engine';
import { FIGURE_SIZE, MARK_RADIUS, markCentre, PANEL_WIDTH, PANELS, POSTURE_MARKS } from './posture-marks.ts';

type Chosen = Objective['posture'];
const SIDE_WORD = { l: 'left', r: 'right' } as const;
const LABEL = new Map(POSTURE_OBSERVATIONS.map((o) => [o.id, o.label]));
const TITLE = { front: 'Front', back: 'Back', side: 'Side' } as const;

/** What a mark is called: the observation's label and its side. */
export function postureMarkName(observation: string, side: 'l' | 'r' | null): string {
  const label = LABEL.get(observation) ?? observation;
  return side === null ? label : `${label} (${SIDE_WORD[side]})`;
}

/** Front and back share one outline (plain shapes, centred in a 180-unit panel). */
function FrontOrBack({ back }: { back: boolean }): React.JSX.Element {
  return (
    <g className="posture-body">
      <circle cx={90} cy={36} r={20} />
      <rect x={83} y={54} width={14} height={16} />
      <path d="M58 70 L122 70 Q130 72 130 84 L118 190 L124 214 L56 214 L62 190 L50 84 Q50 72 58 70 Z" />
      <path d="M50 78 L38 82 L28 194 L40 197 L53 108 Z" />
      <path d="M130 78 L142 82 L152 194 L140 197 L127 108 Z" />
      <path d="M57 214 L88 214 L84 364 L64 364 Z" />
      <path d="M92 214 L123 214 L116 364 L96 364 Z" />
      <ellipse cx={back ? 74 : 70} cy={370} rx={14} ry={6} />
      <ellipse cx={back ? 106 : 110} cy={370} rx={14} ry={6} />
      {back && (
        <path
          className="posture-line"
          d="M90 72 L90 212 M64 96 L80 94 L76 128 Z M116 96 L100 94 L104 128 Z"
        />
      )}
    </g>
  );
}

/** The side outline, facing right: the back's curves and the pelvis are where the side marks sit. */
function Side(): React.JSX.Element {
  return (
    <g className="posture-body">
      <circle cx={96} cy={36} r={20} />
      <path d="M86 54 L100 54 L103 70 L85 70 Z" />
      <path d="M82 70 Q60 112 72 160 Q80 188 62 214 L112 214 Q118 182 108 152 Q116 104 104 70 Z" />
      <path d="M86 80 L98 80 L101 196 L89 196 Z" />
      <path d="M64 214 L112 214 L100 364 L80 364 Z" />
      <path d="M78 364 L104 364 L124 376 L78 376 Z" />
    </g>
  );
}

/**
 * A simple front, back and side figure with the posture observations marked where they show. Tapping a
 * mark toggles it; the checklist beside it edits the same list and is the way for keyboard and
 * screen-reader users (the figure is one image to them, named by what is marked).
 */
export function PostureFigure({
  posture,
  onToggle,
}: {
  posture: Chosen;
  onToggle: (observation: string, side: 'l' | 'r' | null) => void;
}): React.JSX.Element {
  const marked = (o: string, side: 'l' | 'r' | null) => posture.some((p) => p.id === o && p.side === side);
  // named in the checklist's order, so the figure and the list read alike
  const names = POSTURE_OBSERVATIONS.flatMap((o) =>
    (o.sided ? (['l', 'r'] as const) : [null]).map((side) => ({ o, side })),
  )
    .filter(({ o, side }) => marked(o.id, side))
    .map(({ o, side }) => postureMarkName(o.id, side));
  return (
    <div className="posture-figure">
      <svg
        viewBox={`0 0 ${FIGURE_SIZE.width} ${FIGURE_SIZE.height}`}
        role="img"
        aria-label={`Posture figure: ${names.length === 0 ? 'nothing marked' : `${names.join(', ')} marked`}`}
      >
        {PANELS.map((view, i) => (
          <g key={view} transform={`translate(${i * PANEL_WIDTH} 0)`}>
            <text x={6} y={16} className="posture-title">
              {TITLE[view]}
            </text>
            {view === 'side' ? <Side /> : <FrontOrBack back={view === 'back'} />}
            {view !== 'side' && (
              <>
                <text x={8} y={300} className="posture-side">
                  {view === 'front' ? 'R' : 'L'}
                </text>
                <text x={162} y={300} className="posture-side">
                  {view === 'front' ? 'L' : 'R'}
                </text>
              </>
            )}
          </g>
        ))}
        {POSTURE_MARKS.map((m) => {
          const c = markCentre(m);
          const on = marked(m.observation, m.side);
          return (
            <g
              key={`${m.observation}-${m.side ?? ''}`}
              className={`posture-mark${on ? ' on' : ''}`}
              data-mark={`${m.observation}${m.side === null ? '' : `-${m.side}`}`}
              data-marked={on}
              onClick={() => onToggle(m.observation, m.side)}
            >
              <title>{postureMarkName(m.observation, m.side)}</title>
              <circle cx={c.x} cy={c.y} r={MARK_RADIUS} />
              {on && <path className="tick" d={`M${c.x - 8} ${c.y} l6 6 l11 -12`} />}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
