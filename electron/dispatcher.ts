import { z } from 'zod';
import { isChannel, type Channel } from '../shared/channels';
import { contract, type ChannelArgs, type ChannelOutput, type Result } from '../shared/contract';
import { AppError } from '../shared/errors';

export type Handlers = {
  [C in Channel]: (input: ChannelArgs<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

function issuesOf(error: z.ZodError) {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
}

/**
 * The single entry point both hosts call. It never throws: unknown channels, invalid input,
 * handler failures and even invalid handler output come back as typed errors.
 */
export function createDispatcher(handlers: Handlers, log: (e: unknown) => void = console.error): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return fail(new AppError('UNKNOWN_CHANNEL', `未知的接口：${String(channel)} / Unknown channel: ${String(channel)}`));
    }
    const spec = contract[channel];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail(invalidInput(channel, parsed.error));
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        log(checked.error);
        return fail(new AppError('INVALID_OUTPUT', `内部数据格式错误 / Internal data error on ${channel}`));
      }
      return { ok: true, value: checked.data };
    } catch (err) {
      if (err instanceof AppError) return fail(err);
      if (err instanceof z.ZodError) return fail(invalidInput(channel, err));
      log(err);
      return fail(new AppError('INTERNAL', `内部错误 / Internal error on ${channel}`));
    }
  };
}

/** The first problem goes into the message itself, so every client shows why (e.g. 文件过大). */
function invalidInput(channel: string, error: z.ZodError): AppError {
  const first = error.issues[0];
  const where = first && first.path.length ? `${first.path.map(String).join('.')}: ` : '';
  const why = first ? `（${where}${first.message}）` : '';
  return new AppError('INVALID_INPUT', `输入无效${why} / Invalid input for ${channel}`, issuesOf(error));
}

function fail(error: AppError): Result<never> {
  return { ok: false, error: error.toPayload() };
}
