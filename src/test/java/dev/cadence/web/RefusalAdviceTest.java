package dev.cadence.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.ModelAndView;

/**
 * The safety net under the services' row locks: a save that still loses a race (Hibernate's version check
 * at the write, a deadlock the database broke) is refused like a stale save, never a 500.
 */
class RefusalAdviceTest {

    private final RefusalAdvice advice = new RefusalAdvice();

    @Test
    void aSaveThatLostARaceShowsItsFormAgainAs409WithTheTypedInputAndSaysWhy() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/metrics/win-rate");
        OnRefusal onRefusal = new OnRefusal();
        BeanPropertyBindingResult typed = new BeanPropertyBindingResult(new Object(), "form");
        List<RuntimeException> shownFor = new ArrayList<>();
        onRefusal.showForm("scorecard/metric-form", typed, (model, refusal) -> shownFor.add(refusal));
        request.setAttribute(OnRefusal.ATTRIBUTE, onRefusal);

        ModelAndView answer = advice.lostRace(new ObjectOptimisticLockingFailureException(Object.class, 7L), request,
                HtmxRequest.empty(), new HtmxResponse(), null);

        assertThat(answer.getStatus()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(answer.getViewName()).isEqualTo("scorecard/metric-form");
        assertThat(answer.getModel()).containsValue(typed.getTarget());
        assertThat(typed.getGlobalError().getDefaultMessage()).startsWith("Someone else saved this at the same moment");
        assertThat(shownFor).as("the form is filled as for a stale save (the stored version, for saving again)")
                .singleElement().isInstanceOf(StaleEditException.class);
    }

    @Test
    void aFullPageActionThatLostARaceGoesBackWithTheMessage() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/decision-rights/3/lock");
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
        OnRefusal onRefusal = new OnRefusal();
        onRefusal.redirectTo("/decision-rights/3");
        request.setAttribute(OnRefusal.ATTRIBUTE, onRefusal);

        ModelAndView answer = advice.lostRace(new CannotAcquireLockException("deadlock detected"), request,
                HtmxRequest.empty(), new HtmxResponse(), null);

        assertThat(answer.getViewName()).isEqualTo("redirect:/decision-rights/3");
        Flash flash = (Flash) ((FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE)).get(Flash.ATTRIBUTE);
        assertThat(flash.kind()).isEqualTo("error");
        assertThat(flash.message()).startsWith("Someone else saved this at the same moment");
    }
}
