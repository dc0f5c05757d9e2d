import { z } from 'zod';
import { message } from './messages.js';

/**
 * Text a person sends. Control characters (Unicode Cc: U+0000–U+001F, U+007F–U+009F) are refused once,
 * here: NUL is not storable in PostgreSQL text (SQLSTATE 22021, a 500 before these schemas), and the
 * others hide or garble what the next reader sees. Multi-line fields keep tab, line feed and carriage return.
 */
export const controlCharacterMessage = message('text.control_characters').text;

/** Matches a string with no control character at all. */
export const SINGLE_LINE_PATTERN = /^\P{Cc}*$/u;
/** Matches a string whose only control characters are tab, line feed and carriage return. */
export const MULTILINE_PATTERN = /^(?:[\t\n\r]|\P{Cc})*$/u;

/** A single-line text field (names, codes, search words): no control characters. Chain trim/min/max on it. */
export const ZLineText = z.string().regex(SINGLE_LINE_PATTERN, controlCharacterMessage);

/** A multi-line text field (descriptions, reasons, notes, messages): tab and line breaks allowed, other controls refused. */
export const ZMultilineText = z.string().regex(MULTILINE_PATTERN, controlCharacterMessage);
