package dev.svod.audit;

import java.util.Locale;

/** What was done, as the audit log names it. */
public enum AuditAction {
    LOGIN, UPLOAD, REPARSE, METADATA_EDIT, PROTOCOL_DELETE, USER_CREATE, USER_UPDATE, TOKEN_CREATE, TOKEN_REVOKE,
    /** requests answered 401 or 403 (other than sign-in, audited as LOGIN), folded a minute a line */
    ACCESS_DENIED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
