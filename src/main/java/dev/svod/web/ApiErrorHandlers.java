package dev.svod.web;

import dev.svod.extraction.ExtractionFailedException;
import dev.svod.extraction.UnsupportedFormatException;
import dev.svod.index.IndexingException;
import dev.svod.ingest.DuplicateProtocolException;
import dev.svod.ingest.InvalidUploadException;
import dev.svod.search.DecisionNotFoundException;
import dev.svod.search.InvalidQueryException;
import dev.svod.search.SearchUnavailableException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Maps Svod's exceptions to HTTP answers once, so controllers stay free of error handling. */
final class ApiErrorHandlers {

    private ApiErrorHandlers() {
    }

    private static HttpResponse<ApiError> answer(HttpStatus status, String error, String message) {
        return HttpResponse.<ApiError>status(status).body(ApiError.of(error, message));
    }

    @Produces
    @Singleton
    static class Duplicate implements ExceptionHandler<DuplicateProtocolException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, DuplicateProtocolException e) {
            return HttpResponse.<ApiError>status(HttpStatus.CONFLICT)
                    .header("Location", "/api/protocols/" + e.protocolId())
                    .body(new ApiError("duplicate", e.getMessage(), e.protocolId()));
        }
    }

    @Produces
    @Singleton
    static class InvalidUpload implements ExceptionHandler<InvalidUploadException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, InvalidUploadException e) {
            return answer(HttpStatus.BAD_REQUEST, e.error(), e.getMessage());
        }
    }

    @Produces
    @Singleton
    static class Unsupported implements ExceptionHandler<UnsupportedFormatException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, UnsupportedFormatException e) {
            return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_type", e.getMessage());
        }
    }

    @Produces
    @Singleton
    static class Unreadable implements ExceptionHandler<ExtractionFailedException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ExtractionFailedException e) {
            return answer(HttpStatus.UNPROCESSABLE_ENTITY, "unreadable_file", e.getMessage());
        }
    }

    @Produces
    @Singleton
    static class InvalidQuery implements ExceptionHandler<InvalidQueryException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, InvalidQueryException e) {
            return answer(HttpStatus.BAD_REQUEST, "invalid_query", e.getMessage());
        }
    }

    @Produces
    @Singleton
    static class NoSuchDecision implements ExceptionHandler<DecisionNotFoundException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, DecisionNotFoundException e) {
            return answer(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
        }
    }

    /** Elasticsearch could not be set up or written; uploads never get here (they stay PENDING instead). */
    @Produces
    @Singleton
    static class IndexDown implements ExceptionHandler<IndexingException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, IndexingException e) {
            return answer(HttpStatus.SERVICE_UNAVAILABLE, "search_unavailable",
                    "Поиск временно недоступен: Elasticsearch не отвечает.");
        }
    }

    @Produces
    @Singleton
    static class SearchDown implements ExceptionHandler<SearchUnavailableException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, SearchUnavailableException e) {
            return answer(HttpStatus.SERVICE_UNAVAILABLE, "search_unavailable", e.getMessage());
        }
    }
}
