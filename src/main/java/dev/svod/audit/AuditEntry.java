package dev.svod.audit;

import io.micronaut.core.annotation.Nullable;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/**
 * One line of the audit log: who did what to which protocol, user or token, when, and how it ended.
 *
 * @param actor   the username, or "anonymous" for a sign-in attempt under an unknown name
 * @param target  a protocol id, a username or a token id
 * @param outcome "ok", or the error code the request was answered with ("duplicate", "invalid_credentials"…)
 * @param detail  what a reader of the log needs besides: the file name, the fields changed, the client address
 * @param count   how many like requests this entry stands for (refused requests are folded, a minute a line);
 *                null for one
 */
public record AuditEntry(@BsonId String id, Instant at, String actor, String action, @Nullable String target,
                         String outcome, @Nullable String detail, @Nullable Long count) {

    public static final String OK = "ok";

    public AuditEntry(String id, Instant at, String actor, String action, @Nullable String target, String outcome,
                      @Nullable String detail) {
        this(id, at, actor, action, target, outcome, detail, null);
    }
}
