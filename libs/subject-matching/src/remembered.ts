/**
 * The answers of a pure function for the keys most recently asked about: names and tokens recur
 * from check to check (the namesakes of common names). When full it forgets them all at once,
 * which costs less on every call than keeping an order of use.
 */
export class Remembered<V> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    const known = this.answers.get(key);
    if (known !== undefined) return known;
    const answer = compute();
    if (this.answers.size >= this.limit) this.answers.clear();
    this.answers.set(key, answer);
    return answer;
  }
}

/**
 * The same for a function of two strings, held by the first and then the second: a key made of
 * both would be a new string to build and hash on every call (a check asks about every name of a
 * hundred candidates; measured as the largest piece of the scoring's own time).
 */
export class RememberedPairs<V> {
  private readonly answers = new Map<string, Map<string, V>>();
  private size = 0;

  constructor(private readonly limit: number) {}

  get(first: string, second: string, compute: () => V): V {
    let seconds = this.answers.get(first);
    const known = seconds?.get(second);
    if (known !== undefined) return known;
    const answer = compute();
    if (this.size >= this.limit) {
      this.answers.clear();
      this.size = 0;
      seconds = undefined;
    }
    if (!seconds) this.answers.set(first, (seconds = new Map()));
    seconds.set(second, answer);
    this.size += 1;
    return answer;
  }
}
