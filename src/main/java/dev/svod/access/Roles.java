package dev.svod.access;

/** The role names as constants, for {@code @Secured} on routes. */
public final class Roles {

    public static final String READER = "reader";
    public static final String ARCHIVIST = "archivist";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
