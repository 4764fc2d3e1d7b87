import { useTheme, type ThemeChoice } from '../hooks/useTheme.ts';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemeChoice, string> = {
  system: 'Theme: system',
  light: 'Theme: light',
  dark: 'Theme: dark',
};

/** Cycles the colour theme: system, light, dark. */
export function ThemeToggle(): React.JSX.Element {
  const [theme, setTheme] = useTheme();
  return (
    <button
      type="button"
      className="ghost"
      onClick={() => setTheme(NEXT[theme])}
      aria-label={`${LABEL[theme]}; change`}
    >
      {theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}{' '}
      <span className="hide-narrow">{LABEL[theme].replace('Theme: ', '')}</span>
    </button>
  );
}
