import type { DataSource } from 'typeorm';

/**
 * A statement a hot path runs over and over (the roadside check): on a PostgreSQL server each
 * connection parses it once under its name and may keep its plan, instead of parsing and planning
 * the text again for every request. On PGlite, one session inside this process, the text is run
 * as it is. The name must be unique to the text.
 */
export class PreparedStatement {
  constructor(
    readonly name: string,
    readonly text: string,
  ) {}

  run<Row>(db: DataSource, parameters: unknown[]): Promise<Row[]> {
    // TypeORM hands its query argument to the driver untouched: `pg` takes a named statement as
    // { name, text }; the embedded pool reads the text of one (see PgliteClient).
    return db.query(this as unknown as string, parameters);
  }
}
