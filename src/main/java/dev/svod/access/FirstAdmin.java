package dev.svod.access;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first admin comes from the environment ({@code SVOD_ADMIN_USER}, {@code SVOD_ADMIN_PASSWORD}) and only while
 * no user exists: there is no default password to forget to change, and the variables cannot reset an admin later.
 * Runs when the server starts, not in CLI commands that open the archive directly.
 */
@Singleton
class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserService users;
    private final TokenRepository tokens;
    private final AccessSettings settings;

    FirstAdmin(UserService users, TokenRepository tokens, AccessSettings settings) {
        this.users = users;
        this.tokens = tokens;
        this.settings = settings;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        try {
            tokens.ensureIndexes();
            createIfNone();
        } catch (com.mongodb.MongoException e) {
            LOG.warn("MongoDB did not answer at start; the first admin is created at the next start", e);
        }
    }

    /** @return whether an admin was created */
    boolean createIfNone() {
        if (!users.none()) {
            return false;
        }
        String username = settings.firstAdminUser();
        String password = settings.firstAdminPassword();
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            LOG.warn("No users yet and no first admin given: set SVOD_ADMIN_USER and SVOD_ADMIN_PASSWORD and restart "
                    + "to be able to upload (reads are {})", settings.anonymousReads() ? "open to everyone" : "closed");
            return false;
        }
        users.create(username, password, Role.ADMIN, null);
        LOG.info("Created the first admin '{}' from SVOD_ADMIN_USER", username);
        return true;
    }
}
