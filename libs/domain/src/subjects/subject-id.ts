declare const subjectIdBrand: unique symbol;

/** A person's id on the register (a UUID): the edge parses one, STOR gives one to a new subject. */
export type SubjectId = string & { readonly [subjectIdBrand]: true };
