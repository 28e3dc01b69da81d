package dev.cadence.web;

import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Cadence's own template helpers: {@code #when} (see {@link Dates}). Spring Boot adds every dialect bean to Thymeleaf. */
@Component
class CadenceDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final Dates dates;

    CadenceDialect(Clock clock) {
        super("cadence");
        this.dates = new Dates(clock);
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("when");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return dates;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
