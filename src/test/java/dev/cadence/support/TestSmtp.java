package dev.cadence.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real SMTP server in this JVM (GreenMail), on a free port chosen once, so that it can be stopped for an outage
 * and started again where the application looks for it. As an initializer (see {@link MailIntegrationTest}) it starts
 * the server and points {@code spring.mail.host} and {@code spring.mail.port} at it. Tests share it: each reads the
 * messages to its own people's addresses.
 */
public final class TestSmtp implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final int PORT = freePort();
    private static GreenMail server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testSmtp",
                Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", PORT)));
    }

    public static int port() {
        return PORT;
    }

    /** Starts the server unless it runs. */
    public static synchronized void start() {
        if (server == null) {
            GreenMail started = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            started.start();
            server = started;
        }
    }

    /** The mail server goes away: connections are refused until {@link #start()}. What it had received is gone with it. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every message the running server received for this address, oldest first. */
    public static synchronized List<MimeMessage> messagesTo(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> sentTo(m, address)).toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().toLowerCase().contains(address.toLowerCase()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
