// Every reader Vigie has, in the order detection prefers them on a tie.
import { READERS } from './index';
import { MORE_READERS } from './more';

export const ALL_READERS = [...READERS, ...MORE_READERS];
