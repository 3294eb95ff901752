package fi.kurkiaura.chat;

import java.util.Set;

/** A report filed, to tell the accounts that handle it once the transaction commits. */
record ReportFiled(Report report, Set<Long> handlers) {
}
