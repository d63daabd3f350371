import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { PACKAGE_FORMAT, PACKAGE_SCHEMA_VERSION } from '../../shared/panel/review-package';
import { canonicalJson } from '../../shared/snapshot/canonical-json';

/** SHA-256 over the canonical JSON of a package without its own checksum field. */
export function packageChecksum(pkg: Record<string, unknown>): string {
  const { sha256: _omit, ...rest } = pkg;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

export function encodePackage<T extends Record<string, unknown>>(pkg: Omit<T, 'sha256'>): string {
  return `${JSON.stringify({ ...pkg, sha256: packageChecksum(pkg) }, null, 1)}\n`;
}

const bad = (zh: string, en: string) => new AppError('BAD_FILE', `${zh} / ${en}`);

/**
 * Reads a package file, refusing — with the reason a person can act on — anything truncated,
 * of another kind, from a newer app, or changed since it was written.
 */
export function decodePackage<S extends z.ZodType>(text: string, schema: S, expectedType: 'request' | 'response'): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw bad('文件不完整或已损坏（无法解析），请让对方重新导出', 'The file is incomplete or damaged (cannot be parsed); ask for it to be exported again');
  }
  const obj = (raw ?? {}) as Record<string, unknown>;
  if (obj.format !== PACKAGE_FORMAT) throw bad('这不是健康影响评价专家评审文件', 'This is not an HIA review package');
  if (typeof obj.schemaVersion !== 'number' || obj.schemaVersion > PACKAGE_SCHEMA_VERSION) {
    throw bad(`文件由更新版本的程序生成（格式版本 ${String(obj.schemaVersion)}），请升级本程序`, `The file was made by a newer version (format ${String(obj.schemaVersion)}); update the app`);
  }
  if (obj.schemaVersion < PACKAGE_SCHEMA_VERSION) {
    throw bad(`文件格式版本 ${obj.schemaVersion} 已不再支持`, `Package format ${obj.schemaVersion} is no longer supported`);
  }
  if (obj.type !== expectedType) {
    throw expectedType === 'response'
      ? bad('这是评审包（待评分），不是专家评审结果；请导入专家导出的结果文件', 'This is a review request, not an expert response')
      : bad('这是专家评审结果，不是评审包', 'This is an expert response, not a review request');
  }
  if (typeof obj.sha256 !== 'string' || packageChecksum(obj) !== obj.sha256) {
    throw bad('文件内容与校验值不符，可能已被修改或损坏', 'The checksum does not match: the file was changed or damaged');
  }
  const parsed = schema.safeParse(obj);
  if (!parsed.success) throw bad('文件内容不符合评审包格式', 'The package content is not valid');
  return parsed.data;
}
