package dev.cadence.people;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

class PersonUserDetailsServiceTest {

    @ParameterizedTest
    @ValueSource(strings = {"ceo\u0000", "c\u0000eo", "\u001bceo"})
    void aSignInNameWithAControlCharacterIsNobodyAndNeverReachesTheDatabase(String name) {
        PersonRepository people = mock(PersonRepository.class);
        assertThatThrownBy(() -> new PersonUserDetailsService(people).loadUserByUsername(name))
                .isInstanceOf(UsernameNotFoundException.class);
        verifyNoInteractions(people);
    }
}
