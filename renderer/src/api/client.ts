import type { Channel } from '../../../shared/channels';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract';
import type { ErrorPayload } from '../../../shared/errors';
import { invoke } from './transport';

/** A failed contract call, carrying the typed error for the UI to translate. */
export class ApiError extends Error {
  constructor(readonly payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
  }
}

/** Typed call through the contract; rejects with ApiError on `{ ok: false }`. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await invoke(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ChannelOutput<C>;
}
