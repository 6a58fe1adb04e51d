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
