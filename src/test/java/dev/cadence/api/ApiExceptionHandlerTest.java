package dev.cadence.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The API's safety net under the services' row locks: a save that still loses a race is a 412 problem, never a 500. */
class ApiExceptionHandlerTest {

    @Test
    void aSaveThatLostARaceIsRefusedAsStale() {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/metrics/win-rate");

        ProblemDetail problem = new ApiExceptionHandler().lostRace(
                new ObjectOptimisticLockingFailureException(Object.class, 7L), request);

        assertThat(problem.getStatus()).isEqualTo(HttpStatus.PRECONDITION_FAILED.value());
        assertThat(problem.getDetail()).startsWith("Someone else saved this at the same moment");
        assertThat(problem.getInstance()).hasToString("/api/v1/metrics/win-rate");
    }
}
