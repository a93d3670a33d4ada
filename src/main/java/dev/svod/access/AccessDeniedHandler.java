package dev.svod.access;

import dev.svod.web.ApiError;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** 401 and 403 in Svod's {@code {error, message}} form, saying what is missing, instead of an empty body. */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AccessDeniedHandler implements ExceptionHandler<AuthorizationException, HttpResponse<ApiError>> {

    private static final Map<String, String> WHO = Map.of(
            Roles.READER, "читатель",
            Roles.ARCHIVIST, "архивист",
            Roles.ADMIN, "администратор");

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, AuthorizationException e) {
        String needed = needed(AnonymousReadsRule.requiredRoles(request));
        if (e.isForbidden()) {
            return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(ApiError.of("forbidden",
                    "Недостаточно прав: вы вошли как «" + e.getAuthentication().getName() + "», а это может "
                            + needed + "."));
        }
        String message = request.getAttribute(CredentialAuthenticationFetcher.INVALID_BEARER).isPresent()
                ? "Токен не подходит: он неверен, отозван, истёк его срок, или его владелец отключён. Создайте новый токен."
                : "Нужно войти в Свод: это может " + needed + ". Войдите на странице «Вход» или передайте токен "
                        + "в заголовке Authorization: Bearer.";
        // Bearer, not Basic: a browser shows no password dialog of its own for it
        return HttpResponse.<ApiError>status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer realm=\"svod\"")
                .body(ApiError.of("unauthorized", message));
    }

    private static String needed(List<String> roles) {
        if (roles.isEmpty()) {
            return "только вошедший пользователь";
        }
        String role = roles.get(0);
        return WHO.containsKey(role) ? "только " + WHO.get(role) : "только вошедший пользователь";
    }
}
