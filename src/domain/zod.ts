// The one zod instance of the app: zod/mini, whose functions tree-shake, so the browser loads only
// the validators the contract uses (classic zod's methods pull in all of zod and its English
// messages). Import `z` from here, not 'zod'.
//
// zod compiles validators with `new Function` unless told not to; the Content-Security-Policy
// forbids eval, so validation runs without it — and without zod probing for it, which the browser
// would report as a violation.
import { z } from 'zod/mini';

const received = (input: unknown): string => (input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input);

/**
 * zod/mini ships no messages ("Invalid input" for everything); the error screens show the first
 * issues of a file that fails the contract, so say what was expected for the kinds of issue the
 * contract can raise. Wording follows zod's English locale, which would weigh more than this.
 * A message a schema states itself (a code regex, a refinement) still wins over these.
 */
function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${received(issue.input)}`;
    case 'invalid_value':
      return `Invalid input: expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`;
    case 'too_small':
    case 'too_big': {
      const [word, op, limit] =
        issue.code === 'too_small' ? ['small', '>', issue.minimum] : ['big', '<', issue.maximum];
      const length = issue.origin === 'string' || issue.origin === 'array' ? ' length' : '';
      return `Too ${word}: expected ${issue.origin}${length} ${op}${issue.inclusive ? '=' : ''}${String(limit)}`;
    }
    case 'invalid_format':
      return issue.pattern ? `Invalid string: must match pattern ${issue.pattern}` : `Invalid ${issue.format}`;
    default:
      return undefined; // zod's own "Invalid input"
  }
}

z.config({ jitless: true, localeError: issueMessage });

export { z };
