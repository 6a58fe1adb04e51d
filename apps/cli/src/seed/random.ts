/** A small, fast, seedable generator (mulberry32), so the same seed gives the same register. */
export class Random {
  constructor(private state: number) {}

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A random generator of its own for one part of the data, so adding draws elsewhere leaves it alone. */
  fork(salt: number): Random {
    return new Random((Math.imul(this.int(0, 0x7fffffff), 2654435761) ^ salt) | 0);
  }
}

/**
 * Draws from a list in rank order with Zipf-like weights (1/rank^s): real name frequencies, where
 * a handful of names (Khan, Smith, Nguyễn) are very common and most names are rare.
 */
export class ZipfPicker<T> {
  private readonly cumulative: number[] = [];

  constructor(
    private readonly items: readonly T[],
    exponent = 1.1,
  ) {
    let total = 0;
    for (let rank = 1; rank <= items.length; rank++) {
      total += 1 / rank ** exponent;
      this.cumulative.push(total);
    }
  }

  pick(random: Random): T {
    const target = random.next() * (this.cumulative.at(-1) ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return this.items[low] as T;
  }
}

/** Draws one of several things by relative weight. */
export function pickWeighted<T>(random: Random, choices: readonly { weight: number; value: T }[]): T {
  const total = choices.reduce((sum, choice) => sum + choice.weight, 0);
  let target = random.next() * total;
  for (const choice of choices) {
    target -= choice.weight;
    if (target < 0) return choice.value;
  }
  return (choices.at(-1) as { value: T }).value;
}
