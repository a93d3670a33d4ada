package dev.svod.access;

import java.util.List;
import java.util.Locale;

/**
 * What a user may do. The roles are nested: an admin is also an archivist, an archivist also a reader, so a
 * user holds exactly one role and is granted the ones below it.
 */
public enum Role {
    READER, ARCHIVIST, ADMIN;

    /** The role as routes name it in {@code @Secured}, see {@link Roles}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This role and every role it implies. */
    public List<String> granted() {
        return switch (this) {
            case READER -> List.of(Roles.READER);
            case ARCHIVIST -> List.of(Roles.ARCHIVIST, Roles.READER);
            case ADMIN -> List.of(Roles.ADMIN, Roles.ARCHIVIST, Roles.READER);
        };
    }

    public static Role parse(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return role;
            }
        }
        throw new AccessException(400, "invalid_role", "Неизвестная роль «" + id + "»: допустимы reader, archivist, admin.");
    }
}
