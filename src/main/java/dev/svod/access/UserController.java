package dev.svod.access;

import dev.svod.audit.AuditAction;
import dev.svod.audit.AuditLog;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Users, for admins: create, list, change role, disable, set a new password. */
@Controller("/api/admin/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class UserController {

    private final UserService users;
    private final TokenService tokens;
    private final AuditLog audit;

    UserController(UserService users, TokenService tokens, AuditLog audit) {
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
    }

    @Serdeable
    record NewUser(@Nullable String username, @Nullable String password, @Nullable String role) {
    }

    /** Fields left out stay as they are. */
    @Serdeable
    record UserChange(@Nullable String role, @Nullable Boolean disabled, @Nullable String password) {
    }

    /** A user as listed; never the password hash. */
    @Serdeable
    record UserView(String username, String role, boolean disabled, Instant createdAt, @Nullable String createdBy) {
        static UserView of(User u) {
            return new UserView(u.username(), u.role().id(), u.disabled(), u.createdAt(), u.createdBy());
        }
    }

    @Get
    List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    UserView create(@Body NewUser request, Authentication authentication) {
        String role = request.role() == null ? Roles.READER : request.role();
        return audit.audited(authentication.getName(), AuditAction.USER_CREATE, request.username(), "role " + role,
                () -> UserView.of(users.create(request.username(), request.password(), Role.parse(role),
                        authentication.getName())));
    }

    @Patch("/{username}")
    UserView update(String username, @Body UserChange change, Authentication authentication) {
        return audit.audited(authentication.getName(), AuditAction.USER_UPDATE, username, describe(change), () -> {
            User updated = users.update(username, change.role() == null ? null : Role.parse(change.role()),
                    change.disabled(), change.password(), authentication.getName());
            if (change.password() != null) {
                tokens.revokeSessions(username);
            }
            return UserView.of(updated);
        });
    }

    /** What changed, for the audit log; never the password itself. */
    private static String describe(UserChange change) {
        List<String> parts = new ArrayList<>();
        if (change.role() != null) {
            parts.add("role " + change.role());
        }
        if (change.disabled() != null) {
            parts.add(change.disabled() ? "disabled" : "enabled");
        }
        if (change.password() != null) {
            parts.add("password set");
        }
        return String.join(", ", parts);
    }
}
