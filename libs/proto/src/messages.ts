import { thresher } from './generated/coordinator';

/** The generated message classes of package thresher.v1. */
export const pb = thresher.v1;
export { thresher };
