/** Light or dark, following prefers-color-scheme live. */
import { useEffect, useState } from 'react';
import type { Theme } from './map/style.js';

const QUERY = '(prefers-color-scheme: dark)';

export function useTheme(): Theme {
  const [dark, setDark] = useState(() => window.matchMedia(QUERY).matches);
  useEffect(() => {
    const media = window.matchMedia(QUERY);
    const onChange = () => setDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return dark ? 'dark' : 'light';
}
