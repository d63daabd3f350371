import { InvalidArgumentError } from 'commander';
import type { Channel } from '../../shared/channels';
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import type { Core } from '../core';

/**
 * Calls the contract as the app does (same validation, same errors); a refusal becomes an
 * Error carrying the bilingual message, which bin/hia.js prints with exit code 1.
 */
export function contractCall(core: Core) {
  return async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as ChannelOutput<C>;
  };
}

/** `--year 2025`, checked as the contract will (2000–2100). */
export function yearOption(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new InvalidArgumentError('年度应为 2000–2100 之间的整数 / the year must be an integer from 2000 to 2100');
  return year;
}
