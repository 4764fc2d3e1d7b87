/** Fill for a painted region: pale amber at low intensity to deep red at 10 (CSS variables adapt to dark mode). */
export function intensityFill(intensity: number): string {
  const level = Math.max(1, Math.min(10, Math.round(intensity)));
  return `var(--pain-${level})`;
}
