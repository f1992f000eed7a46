// The letters a pattern anchored at the end ("…支出(总)?预算$") can end its match on. classifySubject
// tries dozens of such patterns on every subject phrase and nearly all fail; the phrase's last
// letter rules most of them out without running them.

/** A set of letter codes; undefined: any letter. */
type Letters = Set<number> | undefined;

interface Part {
  /** The letters a match of this part can end on (undefined: any). */
  last: Letters;
  /** Can it match no letters at all (optional, or zero-width like ^ and lookbehinds)? */
  empty: boolean;
}

/**
 * The letters (UTF-16 code units) a match of `re` ends on, when `re` is anchored at the end ($)
 * and its last letter is one of a known few; undefined when any letter could end a match, or the
 * pattern uses syntax read here as unknown (it is then always tried). Reads literals, groups,
 * alternation, the quantifiers, \d, classes and '.' (as any letter), lookarounds, ^ and $.
 */
export function patternEnds(re: RegExp): ReadonlySet<number> | undefined {
  if (re.flags !== '') return undefined;
  const reader = new PatternReader(re.source);
  const whole = reader.alternation();
  if (!reader.done() || !reader.endAnchored) return undefined;
  return whole.empty ? undefined : whole.last;
}

const ANY: Part = { last: undefined, empty: false };
const ZERO_WIDTH: Part = { last: new Set(), empty: true };
const DIGITS = new Set(Array.from({ length: 10 }, (_, d) => 0x30 + d));

class PatternReader {
  private at = 0;
  private depth = 0;
  /** Syntax not read here was met: the pattern's ends are unknown. */
  private unknown = false;
  /** The pattern ends with a $ outside groups and has no alternatives at its top. */
  endAnchored = false;

  constructor(private readonly source: string) {}

  done(): boolean {
    return !this.unknown && this.at === this.source.length;
  }

  /** a|b|c, up to a ')' or the end. */
  alternation(): Part {
    let result = this.sequence();
    while (this.peek() === '|') {
      // "a|b$": the first alternative is not anchored at the end.
      if (this.depth === 0) return this.fail();
      this.at++;
      const next = this.sequence();
      result = { last: union(result.last, next.last), empty: result.empty || next.empty };
    }
    return result;
  }

  /** Items in a row: the last one that takes a letter ends the match, or one before it. */
  private sequence(): Part {
    let result: Part = ZERO_WIDTH;
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const item = this.quantified(this.atom());
      result = item.empty
        ? { last: union(result.last, item.last), empty: result.empty }
        : { last: item.last, empty: false };
    }
    return result;
  }

  private quantified(atom: Part): Part {
    const q = this.peek();
    if (q === '?' || q === '*' || q === '+') {
      this.at++;
      if (this.peek() === '?') this.at++; // lazy
      return q === '+' ? atom : { last: atom.last, empty: true };
    }
    if (q === '{') {
      const m = /^\{(\d+)(,\d*)?\}\??/.exec(this.source.slice(this.at));
      if (!m) return this.fail();
      this.at += m[0].length;
      return Number(m[1]) === 0 ? { last: atom.last, empty: true } : atom;
    }
    return atom;
  }

  private atom(): Part {
    const c = this.source.charAt(this.at++);
    switch (c) {
      case '$':
        if (this.depth === 0 && this.at === this.source.length) this.endAnchored = true;
        return ZERO_WIDTH;
      case '^':
        return ZERO_WIDTH;
      case '.':
        return ANY;
      case '[':
        return this.skipClass();
      case '(':
        return this.group();
      case '\\': {
        const e = this.source.charAt(this.at++);
        if (e === 'd') return { last: DIGITS, empty: false };
        // Other letter escapes are classes (\s, \w…) or codes (\u…): any letter, to be safe.
        if (/[A-Za-z0-9]/.test(e)) return ANY;
        return literal(e);
      }
      case ')':
      case '|':
      case '*':
      case '+':
      case '?':
      case '{':
        return this.fail();
      default:
        return literal(c);
    }
  }

  private group(): Part {
    let lookaround = false;
    if (this.source.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
      lookaround = true;
      this.at += this.source.charAt(this.at + 1) === '<' ? 3 : 2;
    } else if (this.peek() === '?') return this.fail(); // named groups and others
    this.depth++;
    const inner = this.alternation();
    this.depth--;
    if (this.peek() !== ')') return this.fail();
    this.at++;
    return lookaround ? ZERO_WIDTH : inner;
  }

  /** A character class: any letter (its members are not read). */
  private skipClass(): Part {
    while (this.at < this.source.length && this.peek() !== ']') {
      if (this.peek() === '\\') this.at++;
      this.at++;
    }
    if (this.peek() !== ']') return this.fail();
    this.at++;
    return ANY;
  }

  private peek(): string {
    return this.source.charAt(this.at);
  }

  private fail(): Part {
    this.unknown = true;
    this.at = this.source.length;
    return ANY;
  }
}

function literal(c: string): Part {
  return { last: new Set([c.charCodeAt(0)]), empty: false };
}

function union(a: Letters, b: Letters): Letters {
  return a === undefined || b === undefined ? undefined : new Set([...a, ...b]);
}
