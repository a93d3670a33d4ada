package dev.svod.audit;

import dev.svod.access.Roles;
import dev.svod.search.InvalidQueryException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

@Controller("/api/admin/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Get
    AuditLog.AuditPage entries(@QueryValue(defaultValue = "1") int page, @QueryValue(defaultValue = "50") int size) {
        if (page < 1 || size < 1 || size > AuditLog.MAX_PAGE_SIZE) {
            throw new InvalidQueryException("Страница считается с 1, размер страницы от 1 до " + AuditLog.MAX_PAGE_SIZE + ".");
        }
        return audit.page(page, size);
    }
}
