import { describe, expect, it } from 'vitest';
import { MainCfLexer, type Token } from '../../../src/parse/maincf/lex.js';

/** Every token of `text`, up to and with the `eof`, and the lexer's issues. */
function lexMainCf(text: string): { tokens: Token[]; issues: MainCfLexer['issues'] } {
  const lexer = new MainCfLexer(text);
  const tokens = [lexer.next()];
  while (tokens.at(-1)?.kind !== 'eof') tokens.push(lexer.next());
  return { tokens, issues: lexer.issues };
}

/** Tokens as `kind:text@start-end`, with `^` marking the first token of a line. */
function tokens(text: string): string[] {
  return lexMainCf(text).tokens.map((t) => `${t.lineStart ? '^' : ''}${t.kind}:${t.text}@${t.span.start}-${t.span.end}`);
}

describe('MainCfLexer', () => {
  it('reads words, punctuation and per-system attributes with their offsets', () => {
    expect(tokens('VIOSName@lpar101 = { vios1, vios2 }')).toEqual([
      '^word:VIOSName@0-8',
      '@:@@8-9',
      'word:lpar101@9-16',
      '=:=@17-18',
      '{:{@19-20',
      'word:vios1@21-26',
      ',:,@26-27',
      'word:vios2@28-33',
      '}:}@34-35',
      'eof:@35-35',
    ]);
  });

  it('unescapes \\" and \\\\ in strings; the span keeps the quotes', () => {
    const { tokens: t, issues } = lexMainCf('A = "say \\"hi\\" c:\\\\x \\n"');
    expect(issues).toEqual([]);
    expect(t[2]).toMatchObject({ kind: 'string', text: 'say "hi" c:\\x \\n', span: { start: 4, end: 25 } });
  });

  it('takes dots, slashes, colons and a leading minus into bare words; integers are words', () => {
    expect(tokens('/configfile/a.cfg 10.1.1.1 hmc1.example.com -1 a_b-c')).toEqual([
      '^word:/configfile/a.cfg@0-17',
      'word:10.1.1.1@18-26',
      'word:hmc1.example.com@27-43',
      'word:-1@44-46',
      'word:a_b-c@47-52',
      'eof:@52-52',
    ]);
  });

  it('skips // comments at a token start, but keeps // inside a word', () => {
    expect(tokens('// resource dependency tree\na//b // trailing\n  //\tgroup G\nx')).toEqual([
      '^word:a//b@28-32',
      '^word:x@58-59',
      'eof:@59-59',
    ]);
  });

  it('gives other characters (typographic quotes, brackets) as one-character tokens, a surrogate pair as one', () => {
    expect(tokens('str ArgList[] “x” 😀')).toEqual([
      '^word:str@0-3',
      'word:ArgList@4-11',
      'other:[@11-12',
      'other:]@12-13',
      'other:“@14-15',
      'word:x@15-16',
      'other:”@16-17',
      'other:😀@18-20',
      'eof:@20-20',
    ]);
  });

  it('counts lines over CRLF, tabs and blank lines; a leading byte-order mark is skipped', () => {
    const lexed = lexMainCf('\uFEFFsystem a\r\n\r\n\tgroup g (\r\n)');
    expect(lexed.tokens.map((t) => [t.text, t.line, t.lineStart])).toEqual([
      ['system', 0, true],
      ['a', 0, false],
      ['group', 2, true],
      ['g', 2, false],
      ['(', 2, false],
      [')', 3, true],
      ['', 3, false],
    ]);
  });

  it('reports a string left open and ends it at the line end, so the next line is read', () => {
    const { tokens: t, issues } = lexMainCf('A = "10.1.1.1\r\nB = 2');
    expect(issues).toEqual([
      {
        message: 'unterminated string: expected a closing " on the same line (write a quote inside a string as \\")',
        span: { start: 4, end: 13 },
      },
    ]);
    expect(t.map((x) => `${x.kind}:${x.text}`)).toEqual(['word:A', '=:=', 'string:10.1.1.1', 'word:B', '=:=', 'word:2', 'eof:']);
  });

  it('reports a string left open at the end of the file', () => {
    expect(lexMainCf('A = "x\\"').issues.map((i) => i.span)).toEqual([{ start: 4, end: 8 }]);
  });

  it('keeps returning eof after the end', () => {
    const lexer = new MainCfLexer('a');
    expect([lexer.next(), lexer.next(), lexer.next()].map((t) => `${t.kind}@${t.span.start}`)).toEqual(['word@0', 'eof@1', 'eof@1']);
  });
});
