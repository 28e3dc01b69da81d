package dev.cadence.web;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string of a JSON body read the way {@link UserText} reads text: one with a control character
 * (a NUL, an escape) is refused with its message, which {@code api.ApiExceptionHandler} answers as 422
 * naming the field. Spring Boot adds this module to the application's {@code JsonMapper}.
 */
@Component
class UserTextJson extends SimpleModule {

    UserTextJson() {
        super("cadence-user-text");
        addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) {
                String text = super.deserialize(parser, context);
                int at = UserText.firstControlCharacter(text);
                if (at >= 0) {
                    throw new RuleViolationException(UserText.controlCharacterMessage(text, at));
                }
                return text;
            }
        });
    }
}
