package dev.cadence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.docker.compose.core.ConnectionPorts;
import org.springframework.boot.docker.compose.core.ImageReference;
import org.springframework.boot.docker.compose.core.RunningService;

class MailpitFromComposeTest {

    @Test
    void pointsSpringMailAtTheMailpitOfTheComposeFile() {
        List<RunningService> services = List.of(service("postgres:16", 5432, 55432), service("axllent/mailpit:latest", 1025, 51025));
        assertThat(MailpitFromCompose.Compose.mailProperties(services))
                .containsExactlyInAnyOrderEntriesOf(Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", 51025));
    }

    @Test
    void withoutMailpitNothingIsConfigured() {
        assertThat(MailpitFromCompose.Compose.mailProperties(List.of(service("postgres:16", 5432, 55432)))).isEmpty();
    }

    private static RunningService service(String image, int containerPort, int hostPort) {
        return new RunningService() {
            @Override
            public String name() {
                return image;
            }

            @Override
            public ImageReference image() {
                return ImageReference.of(image);
            }

            @Override
            public String host() {
                return "127.0.0.1";
            }

            @Override
            public ConnectionPorts ports() {
                return new ConnectionPorts() {
                    @Override
                    public int get(int port) {
                        if (port != containerPort) {
                            throw new IllegalStateException("No port " + port);
                        }
                        return hostPort;
                    }

                    @Override
                    public List<Integer> getAll() {
                        return List.of(hostPort);
                    }

                    @Override
                    public List<Integer> getAll(String protocol) {
                        return List.of(hostPort);
                    }
                };
            }

            @Override
            public Map<String, String> env() {
                return Map.of();
            }

            @Override
            public Map<String, String> labels() {
                return Map.of();
            }
        };
    }
}
