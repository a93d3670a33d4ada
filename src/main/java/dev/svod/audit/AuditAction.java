package dev.svod.audit;

import java.util.Locale;

/** What was done, as the audit log names it. */
public enum AuditAction {
    LOGIN, UPLOAD, REPARSE, METADATA_EDIT, PROTOCOL_DELETE, USER_CREATE, USER_UPDATE, TOKEN_CREATE, TOKEN_REVOKE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
