package dev.cadence.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the administrator's person form posts: its shape is checked here, every field at once; the rules
 * that need the database (unique sign-in, the last administrator) by {@link PersonService}.
 */
public class PersonForm {

    @NotBlank(message = "Enter the person's name.")
    @Size(max = 120, message = "Keep the name under 120 characters.")
    private String name;
    @NotBlank(message = "Enter an e-mail address such as jane@example.com.")
    @Email(message = "Enter an e-mail address such as jane@example.com.")
    private String email;
    private String username;
    @Size(max = 120, message = "Keep the title under 120 characters.")
    private String title;
    @NotEmpty(message = "Give the person at least one role.")
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private long version;

    static PersonForm from(PersonView person) {
        PersonForm form = new PersonForm();
        form.name = person.name();
        form.email = person.email();
        form.username = person.username();
        form.title = person.title();
        form.roles = person.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(person.roles());
        form.version = person.version();
        return form;
    }

    PersonDetails details() {
        String login = username == null || username.isBlank() ? email : username;
        return new PersonDetails(name, email, login, title);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
