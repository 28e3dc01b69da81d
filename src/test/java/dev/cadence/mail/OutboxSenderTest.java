package dev.cadence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** Which failures are worth trying again: a server that is away, yes; an address it refused, no. */
class OutboxSenderTest {

    private final MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));

    @Test
    void anAddressTheServerRefusedIsNotTriedAgain() throws Exception {
        SendFailedException refused = new SendFailedException("550 5.1.1 No such user", null, new Address[0],
                new Address[0], new Address[] {new InternetAddress("gone@brightline.example")});
        assertThat(OutboxSender.permanent(new MailSendException(Map.of(message, refused)))).isTrue();
        assertThat(OutboxSender.permanent(new AddressException("Missing final '@domain'"))).isTrue();
    }

    @Test
    void aServerThatIsAwayOrAsksToWaitIsTriedAgain() {
        assertThat(OutboxSender.permanent(new MailSendException("Mail server connection failed",
                new jakarta.mail.MessagingException("Could not connect", new ConnectException("Connection refused"))))).isFalse();
        SendFailedException later = new SendFailedException("451 4.7.1 Try again later", null, new Address[0], new Address[0],
                new Address[0]);
        assertThat(OutboxSender.permanent(new MailSendException(Map.of(message, later)))).isFalse();
    }
}
