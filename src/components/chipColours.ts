/** Chip backgrounds that keep white text at a contrast of 4.5:1 or more (WCAG AA), in both themes. */
export const CHIP_BACKGROUNDS = {
  grey: '#5f6368',
  blue: '#1565c0',
  amber: '#8a4b00',
  green: '#1b6e20',
  red: '#b3261e',
} as const;

/** A chip's `sx` on one of those backgrounds: white text and icon. */
export const onChipBackground = (background: string) => ({ bgcolor: background, color: '#fff', '& .MuiChip-icon': { color: '#fff' } });
