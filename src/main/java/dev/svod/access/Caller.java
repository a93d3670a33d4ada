package dev.svod.access;

/** Who sent a request, as established from its session cookie or API token. */
public record Caller(String username, Role role, String tokenId, AccessToken.Kind via) {
}
