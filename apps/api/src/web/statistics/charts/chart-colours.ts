/**
 * Colours from the GOV.UK palette, each at least 3:1 against the white page (WCAG 1.4.11) and with
 * white text on it at 4.5:1 or more. Charts never rely on them alone: every bar carries its value
 * and every chart has its table.
 */
export const SERIES_COLOURS = ['#1d70b8', '#00703c', '#4c2c92', '#d4351c', '#003078', '#912b88', '#505a5f', '#85292c', '#0b0c0c', '#6f5300'] as const;

export const TEXT_COLOUR = '#0b0c0c';
export const AXIS_COLOUR = '#505a5f';
export const GRID_COLOUR = '#b1b4b6';
