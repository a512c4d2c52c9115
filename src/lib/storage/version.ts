/**
 * The database's version: the number of migration steps. Kept apart from the steps themselves so
 * a launch that finds the database up to date loads none of them (a test keeps the two equal).
 */
export const DATABASE_VERSION = 7;
