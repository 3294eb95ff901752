/** Database migrations that SQL alone cannot express, found by Flyway next to the SQL ones in db/migration. */
package db.migration;
