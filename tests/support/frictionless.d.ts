/** The parts of the Frictionless Data libraries the open-data tests use (they ship no types). */
declare module 'datapackage' {
  export function validate(descriptor: object): Promise<{ valid: boolean; errors: Error[] }>;
}
declare module 'tableschema' {
  export class Table {
    static load(source: string, options?: { schema?: object }): Promise<Table>;
    read(options?: { keyed?: boolean }): Promise<unknown[]>;
  }
  export function validate(descriptor: object): Promise<{ valid: boolean; errors: Error[] }>;
}
